/**
 * The phase windows on the front sheet: each phase must start within the model's range (model.md
 * section 3) unless the variant documents the deviation, and the start and end cells should stay
 * formulas on go-live, since `implan update` computes them again from go-live and the variant.
 */
import { MODEL } from "../../model";
import { describeRange } from "../../model/offset";
import type { Phase } from "../../model/types";
import { addOffset } from "../dates";
import { dateOf, dateText, finding } from "./cells";
import type { Finding, Rule, ValidationContext } from "./types";

function windowRow(context: ValidationContext, phase: Phase) {
  const label = phase.label[context.lang].toLocaleLowerCase("da");
  return context.snapshot.phaseWindows.find((w) => w.label.trim().toLocaleLowerCase("da") === label);
}

function sheetOf(context: ValidationContext, row: { sheet?: string } | undefined): string {
  return row?.sheet ?? context.snapshot.goLive?.sheet ?? "";
}

/** phase-window: a phase starts outside the model's range without a deviation in the variant. */
export const phaseWindowRule: Rule = (context) => {
  const { goLive, variant } = context;
  if (!goLive) return [];
  return MODEL.phases.flatMap((phase): Finding[] => {
    const row = windowRow(context, phase);
    const start = dateOf(row?.start);
    if (!row?.start || start.kind === "empty") return [];
    const label = phase.label[context.lang];
    const sheet = sheetOf(context, row);
    if (start.kind === "not-a-date") {
      return [
        finding("phase-window", "error", sheet, row.start.address, {
          da: `Starten på ${label} er ikke en dato; skriv formlen igen med implan update, eller skriv en dato.`,
          en: `The start of ${label} is not a date; write the formula again with implan update, or enter a date.`,
        }),
      ];
    }
    const earliest = addOffset(goLive, phase.start.range.earliest);
    const latest = addOffset(goLive, phase.start.range.latest);
    const field = `phaseStarts.${phase.id}`;
    const documented = variant.deviations.some((d) => d.field === field);
    if ((start.date >= earliest && start.date <= latest) || documented) return [];
    const [when, from, to, range] = [dateText(start.date), dateText(earliest), dateText(latest), describeRange(phase.start.range)];
    return [
      finding("phase-window", "error", sheet, row.start.address, {
        da: `${label} starter ${when.da}, uden for modellens interval (${range.da}: ${from.da} til ${to.da}); ret datoen, eller dokumentér afvigelsen i varianten (deviations med field "${field}").`,
        en: `${label} starts ${when.en}, outside the model's range (${range.en}: ${from.en} to ${to.en}); correct the date, or document the deviation in the variant (deviations with field "${field}").`,
      }),
    ];
  });
};

/** phase-window-edited (warning): a start or end typed over its formula; update would replace it. */
export const phaseWindowEditedRule: Rule = (context) =>
  MODEL.phases.flatMap((phase): Finding[] => {
    const row = windowRow(context, phase);
    const label = phase.label[context.lang];
    return [row?.start, row?.end].flatMap((cell): Finding[] => {
      if (!cell || cell.formula !== undefined || cell.value === null) return [];
      return [
        finding("phase-window-edited", "warning", sheetOf(context, row), cell.address, {
          da: `Datoen for ${label} er skrevet over formlen; implan update beregner den igen ud fra go-live, så skriv ændringen i varianten (phaseStarts).`,
          en: `The date of ${label} is typed over its formula; implan update computes it again from go-live, so put the change in the variant (phaseStarts).`,
        }),
      ];
    });
  });
