/**
 * A task's text and phase come from the model (and the variant). Changing them in the workbook is a
 * deviation from the model, allowed when it is documented: these warnings go away once the task's
 * Bemærkning says why.
 */
import { finding, phaseText } from "./cells";
import { perTaskRow } from "./rows";
import type { Rule } from "./types";

/** Text compared as people see it: spacing inside and around does not count. */
const squeeze = (text: string) => text.replace(/\s+/g, " ").trim();

/** task-text-changed: the Opgave text differs from the model's and Bemærkning is empty. */
export const taskTextChangedRule: Rule = perTaskRow((row, { lang }) => {
  const task = row.planned;
  const cell = row.cells.task;
  if (!task || task.local || !cell || row.hasNote) return undefined;
  const typed = typeof cell.value === "string" ? squeeze(cell.value) : String(cell.value ?? "");
  const model = task.title[lang];
  if (typed === squeeze(model)) return undefined;
  return finding("task-text-changed", "warning", row.sheet, cell.address, {
    da: `Opgaveteksten for ${task.id} afviger fra modellens "${model}"; beskriv afvigelsen i Bemærkning, eller skriv modellens tekst igen.`,
    en: `The task text of ${task.id} differs from the model's "${model}"; describe the deviation in the Note, or write the model's text again.`,
  }, task.id);
});

/** task-phase-changed: Fase differs from the plan's phase for the task and Bemærkning is empty. */
export const taskPhaseChangedRule: Rule = perTaskRow((row, { lang }) => {
  const task = row.planned;
  const cell = row.cells.phase;
  const phase = row.phase;
  // An unknown phase word is phase-value's error; this rule only sees valid phases.
  if (!task || !cell || !phase || phase === task.phase || row.hasNote) return undefined;
  const [from, to] = [phaseText(task.phase, lang), phaseText(phase, lang)];
  return finding("task-phase-changed", "warning", row.sheet, cell.address, {
    da: `Fasen for ${task.id} er ændret fra "${from}" til "${to}"; beskriv afvigelsen i Bemærkning, eller sæt fasen tilbage.`,
    en: `The phase of ${task.id} is changed from "${from}" to "${to}"; describe the deviation in the Note, or set the phase back.`,
  }, task.id);
});
