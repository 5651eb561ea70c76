/**
 * The self-check block under a phase's criteria table: task counts by status for this phase and
 * the next (across every theme table), how many criteria are met, and whether the transition is
 * ready. All formulas, so the self-check is visible without the add-in. The ready cell gets a
 * workbook name (Faseovergang12Klar …) that the Overblik sheet refers to. The same rule as the
 * `phase-gate` validation: every criterion Opfyldt, or Delvist opfyldt with a Begrundelse.
 */
import { MODEL } from "../model";
import type { Lang, Phase, Transition } from "../model/types";
import { cell, formula, text } from "./cells";
import { GATE_LABELS } from "./gateLabels";
import { CRITERIA_COLUMNS, criteriaTableName, header, transitionReadyName } from "./layout";
import { COLORS } from "./styles";
import { countTasksFormula, excelText } from "./taskFormulas";
import type { Cell, ConditionalFormat, NameDescription } from "./types";
import { assessmentLabel } from "./values";

export interface GateBlock {
  cells: Cell[];
  names: NameDescription[];
  formats: ConditionalFormat[];
  /** The last row the block uses. */
  lastRow: number;
}

/** Kriterier_F1[Vurdering]; the criteria headers need no escaping. */
function criteriaRef(phase: Phase, key: "id" | "assessment" | "justification", lang: Lang): string {
  return `${criteriaTableName(phase.id)}[${header(CRITERIA_COLUMNS, key, lang)}]`;
}

/** Tasks of `phaseLabel` with `status` summed over every theme table. */
function countAllThemes(phaseLabel: string, status: (typeof MODEL.statuses)[number]["id"] | undefined, lang: Lang): string {
  return MODEL.themes.map((theme) => countTasksFormula({ theme: theme.id, phaseLabel, status }, lang)).join("+");
}

/**
 * The block for `phase`, starting at `firstRow`; `sheet` is the sheet's name (for the workbook
 * name). Fase 4 has no transition after it: its block shows its own counts and criteria only.
 */
export function buildGateBlock(phase: Phase, sheet: string, firstRow: number, lang: Lang, priority: number): GateBlock {
  const transition: Transition | undefined = MODEL.transitions.find((t) => t.from === phase.id);
  const next = transition && MODEL.phases.find((p) => p.id === transition.to);
  const phases = next ? [phase, next] : [phase];
  const columns = ["C", "D"];
  const cells: Cell[] = [];
  const heading = transition ? `${GATE_LABELS.selfCheck[lang]} ${transition.name[lang].toLocaleLowerCase("da")}` : `${GATE_LABELS.phaseStatus[lang]} ${phase.label[lang]}`;
  cells.push(cell(`A${firstRow}`, text(heading), "heading"));

  const headerRow = firstRow + 1;
  cells.push(cell(`B${headerRow}`, text(GATE_LABELS.tasksByStatus[lang]), "label"));
  phases.forEach((p, i) => cells.push(cell(`${columns[i]}${headerRow}`, text(p.label[lang]), "label")));
  MODEL.statuses.forEach((status, s) => {
    const row = headerRow + 1 + s;
    cells.push(cell(`B${row}`, text(status.label[lang]), "body"));
    phases.forEach((p, i) => cells.push(cell(`${columns[i]}${row}`, formula(countAllThemes(p.label[lang], status.id, lang)), "number")));
  });
  const totalRow = headerRow + 1 + MODEL.statuses.length;
  cells.push(cell(`B${totalRow}`, text(GATE_LABELS.total[lang]), "label"));
  phases.forEach((p, i) => cells.push(cell(`${columns[i]}${totalRow}`, formula(countAllThemes(p.label[lang], undefined, lang)), "number")));

  const [id, assessment, justification] = [criteriaRef(phase, "id", lang), criteriaRef(phase, "assessment", lang), criteriaRef(phase, "justification", lang)];
  const criteriaRow = totalRow + 2;
  const [metRow, partlyRow, openRow] = [criteriaRow + 1, criteriaRow + 2, criteriaRow + 3];
  const partly = excelText(assessmentLabel("delvist-opfyldt", lang));
  cells.push(
    cell(`B${criteriaRow}`, text(GATE_LABELS.criteria[lang]), "label"),
    // Rows with an ID or an assessment count; a blank row someone added to the table does not.
    cell(`C${criteriaRow}`, formula(`SUMPRODUCT(--(LEN(TRIM(${id}&${assessment}))>0))`), "number"),
    cell(`B${metRow}`, text(GATE_LABELS.met[lang]), "body"),
    cell(`C${metRow}`, formula(`COUNTIF(${assessment},${excelText(assessmentLabel("opfyldt", lang))})`), "number"),
    cell(`B${partlyRow}`, text(GATE_LABELS.partlyJustified[lang]), "body"),
    cell(`C${partlyRow}`, formula(`SUMPRODUCT((${assessment}=${partly})*(LEN(TRIM(${justification}))>0))`), "number"),
    cell(`B${openRow}`, text(GATE_LABELS.open[lang]), "body"),
    cell(`C${openRow}`, formula(`C${criteriaRow}-C${metRow}-C${partlyRow}`), "number"),
  );
  if (!transition || !next) return { cells, names: [], formats: [], lastRow: openRow };

  const readyRow = openRow + 1;
  const earlyRow = openRow + 2;
  const started = (status: number) => `D${headerRow + 1 + status}`;
  const inProgress = MODEL.statuses.findIndex((s) => s.id === "i-gang");
  const done = MODEL.statuses.findIndex((s) => s.id === "fuldfoert");
  cells.push(
    cell(`B${readyRow}`, text(`${GATE_LABELS.ready[lang]} ${transition.name[lang].toLocaleLowerCase("da")}`), "label"),
    cell(`C${readyRow}`, formula(`AND(C${criteriaRow}>0,C${openRow}=0)`), "label"),
    cell(`B${earlyRow}`, text(GATE_LABELS.startedTooEarly[lang]), "body"),
    cell(`C${earlyRow}`, formula(`AND(NOT(C${readyRow}),${started(inProgress)}+${started(done)}>0)`), "body"),
  );
  const names = [{ name: transitionReadyName(transition.from, transition.to), sheet, range: `$C$${readyRow}` }];
  const formats: ConditionalFormat[] = [
    { range: `C${readyRow}`, formula: `$C$${readyRow}=TRUE`, fill: COLORS.doneFill, fontColor: COLORS.readyFont, bold: true, priority },
    { range: `C${readyRow}`, formula: `$C$${readyRow}=FALSE`, fill: COLORS.progressFill, priority: priority + 1 },
    { range: `C${earlyRow}`, formula: `$C$${earlyRow}=TRUE`, fill: COLORS.invalidFill, fontColor: COLORS.invalidFont, bold: true, priority: priority + 2 },
  ];
  return { cells, names, formats, lastRow: earlyRow };
}
