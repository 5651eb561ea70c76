/**
 * The self-check at each phase transition (model.md section 3): a transition is ready when every
 * success criterion of the earlier phase is Opfyldt, or Delvist opfyldt with a Begrundelse. Work
 * started in the later phase (a task I gang or Fuldført) while the transition is not ready is an
 * error at each criterion that holds it back.
 */
import { MODEL } from "../../model";
import type { PhaseId, Text, Transition } from "../../model/types";
import type { CriteriaRowSnapshot } from "../snapshot";
import { assessmentOf, finding, idOf, isEmpty, phaseText, shown } from "./cells";
import type { Finding, Gate, Rule, ValidationContext } from "./types";

/** The phase a criteria row belongs to: by its table (Kriterier_F1), else by its ID (F1-K1). */
function phaseOfCriteriaRow(row: CriteriaRowSnapshot): PhaseId | undefined {
  const match = /^Kriterier_(F[1-4])$/i.exec(row.table) ?? /^(F[1-4])-/i.exec(idOf(row.cells.id) ?? "");
  return match ? (match[1].toUpperCase() as PhaseId) : undefined;
}

/** Why a criterion holds its transition back, with the cell to fix; undefined when it does not. */
export function blockingReason(row: CriteriaRowSnapshot, context: ValidationContext): { cell: string; text: Text } | undefined {
  const id = idOf(row.cells.id) ?? `${row.sheet}!A${row.row}`;
  const cell = row.cells.assessment;
  const where = cell?.address ?? `A${row.row}`;
  switch (assessmentOf(cell, context.lang)) {
    case "opfyldt":
      return undefined;
    case "delvist-opfyldt":
      if (!isEmpty(row.cells.justification)) return undefined;
      return {
        cell: row.cells.justification?.address ?? where,
        text: { da: `${id} er delvist opfyldt uden begrundelse`, en: `${id} is partly met without a justification` },
      };
    case "ikke-vurderet":
      return { cell: where, text: { da: `${id} er ikke vurderet`, en: `${id} is not assessed` } };
    case "ikke-opfyldt":
      return { cell: where, text: { da: `${id} er ikke opfyldt`, en: `${id} is not met` } };
    default:
      return { cell: where, text: { da: `${id} har ingen gyldig vurdering (${shown(cell)})`, en: `${id} has no valid assessment (${shown(cell)})` } };
  }
}

/** IDs (or sheet!cell for rows without one) of tasks in `phase` that are I gang or Fuldført. */
export function startedTasks(context: ValidationContext, phase: PhaseId): string[] {
  // Listed for every phase in one pass when the context is built; asked for per transition and criterion.
  return context.started.get(phase) ?? [];
}

function criteriaRows(context: ValidationContext, phase: PhaseId): CriteriaRowSnapshot[] {
  return context.snapshot.criteria.filter((row) => phaseOfCriteriaRow(row) === phase);
}

function gateOf(transition: Transition, context: ValidationContext): Gate {
  const rows = criteriaRows(context, transition.from);
  const blocking = rows.flatMap((row) => blockingReason(row, context) ?? []);
  const started = startedTasks(context, transition.to);
  const [from, to] = [phaseText(transition.from, context.lang), phaseText(transition.to, context.lang)];
  const reasons: Text[] = blocking.map((b) => b.text);
  if (rows.length === 0) reasons.push({ da: `${from} har ingen succeskriterier i planen`, en: `${from} has no success criteria in the plan` });
  const ready = rows.length > 0 && blocking.length === 0;
  if (ready) {
    reasons.push({
      da: `alle ${rows.length} succeskriterier for ${from} er opfyldt eller delvist opfyldt med begrundelse`,
      en: `all ${rows.length} success criteria of ${from} are met or partly met with a justification`,
    });
  }
  if (started.length > 0) {
    const [da, en] = started.length === 1 ? ["opgave", "task"] : ["opgaver", "tasks"];
    const [isDa, isEn] = started.length === 1 ? ["er", "is"] : ["er", "are"];
    reasons.push({ da: `${started.length} ${da} i ${to} ${isDa} i gang eller fuldført`, en: `${started.length} ${en} of ${to} ${isEn} in progress or completed` });
  }
  return { transition: transition.id, ready, reasons, startedInNextPhase: started };
}

/** The gate summary of every transition, in order. */
export function gates(context: ValidationContext): Gate[] {
  return MODEL.transitions.map((transition) => gateOf(transition, context));
}

function sample(ids: string[]): Text {
  const shownIds = ids.slice(0, 3).join(", ");
  return ids.length > 3 ? { da: `${shownIds} m.fl.`, en: `${shownIds} and others` } : { da: shownIds, en: shownIds };
}

/** phase-gate: work started in the next phase while this criterion holds the transition back. */
export const phaseGateRule: Rule = (context) =>
  MODEL.transitions.flatMap((transition): Finding[] => {
    const started = startedTasks(context, transition.to);
    if (started.length === 0) return [];
    const to = phaseText(transition.to, context.lang);
    const tasks = sample(started);
    return criteriaRows(context, transition.from).flatMap((row): Finding[] => {
      const reason = blockingReason(row, context);
      if (!reason) return [];
      return [
        finding("phase-gate", "error", row.sheet, reason.cell, {
          da: `Arbejdet i ${to} er startet (${tasks.da}), men ${reason.text.da}; gennemfør selvtjekket ved ${transition.name.da.toLocaleLowerCase("da")}, før arbejdet fortsætter.`,
          en: `Work in ${to} has started (${tasks.en}), but ${reason.text.en}; complete the self-check at ${transition.name.en.toLowerCase()} before the work goes on.`,
        }, idOf(row.cells.id)),
      ];
    });
  });

/** justification-missing (warning): Delvist opfyldt without a Begrundelse, where phase-gate does not already say so. */
export const justificationMissingRule: Rule = (context) =>
  context.snapshot.criteria.flatMap((row): Finding[] => {
    if (assessmentOf(row.cells.assessment, context.lang) !== "delvist-opfyldt" || !isEmpty(row.cells.justification)) return [];
    const transition = MODEL.transitions.find((t) => t.from === phaseOfCriteriaRow(row));
    if (transition && startedTasks(context, transition.to).length > 0) return [];
    const cell = row.cells.justification?.address ?? row.cells.assessment?.address ?? `A${row.row}`;
    return [
      finding("justification-missing", "warning", row.sheet, cell, {
        da: `${idOf(row.cells.id) ?? "Succeskriteriet"} er delvist opfyldt uden begrundelse; skriv i Begrundelse, hvad der mangler, og hvorfor fasen alligevel kan gå videre.`,
        en: `${idOf(row.cells.id) ?? "The criterion"} is partly met without a justification; write in the Justification what is missing and why the phase can still move on.`,
      }, idOf(row.cells.id)),
    ];
  });
