/**
 * One plan snapshot reduced to what the rollup needs. Cells are read with validation's own helpers
 * (src/plan/validation/cells), so a status the rollup counts is the status validation accepted.
 */
import { findMunicipality, MODEL, taskById } from "../../model";
import type { PhaseId, Text, ThemeId, TransitionId } from "../../model/types";
import type { PlanSnapshot, SnapshotCell, TaskRowSnapshot, CriteriaRowSnapshot } from "../snapshot";
import { assessmentOf, dateOf, idOf, phaseOf, statusOf, textOf } from "../validation/cells";
import { toExcelSerial } from "../dates";
import type { ValidationResult } from "../validation/types";
import type { CriterionLine, PlanSummary, TaskLine } from "./types";

/** "Opgaver_PRJ" → "PRJ"; else the theme of the model task with this ID. */
function themeOf(row: TaskRowSnapshot, id: string): ThemeId | undefined {
  const byTable = /^Opgaver_([A-Z]{3})$/i.exec(row.table)?.[1].toUpperCase();
  const theme = MODEL.themes.find((t) => t.id === byTable)?.id;
  return theme ?? taskById(id)?.theme;
}

/** As validation's gate decides it: by the table (Kriterier_F1), else by the ID (F1-K1). */
function criterionPhase(row: CriteriaRowSnapshot, id: string): PhaseId | undefined {
  const match = /^Kriterier_(F[1-4])$/i.exec(row.table) ?? /^(F[1-4])-/i.exec(id);
  return match ? (match[1].toUpperCase() as PhaseId) : undefined;
}

function serialOf(cell: SnapshotCell | undefined): number | undefined {
  const date = dateOf(cell);
  return date.kind === "date" ? toExcelSerial(date.date) : undefined;
}

const same = (text: string): Text => ({ da: text, en: text });

/**
 * The cell's text exactly as typed (not trimmed): Excel compares " Fuldført" and "Fuldført" as
 * different, and validation does not accept the first, so the rollup's formulas must not either.
 */
function rawText(cell: SnapshotCell | undefined): string {
  const value = cell?.value;
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : "";
}

/** Rows without an ID are kept (with an empty ID): validation counts them, so the rollup must too. */
function taskLine(row: TaskRowSnapshot, lang: PlanSnapshot["lang"]): TaskLine {
  const id = idOf(row.cells.id) ?? "";
  const model = taskById(id);
  return {
    id,
    title: model ? { ...model.title } : same(textOf(row.cells.task)),
    theme: themeOf(row, id),
    phase: { id: phaseOf(row.cells.phase, lang), text: rawText(row.cells.phase) },
    responsible: textOf(row.cells.responsible),
    status: { id: statusOf(row.cells.status, lang), text: rawText(row.cells.status) },
    deadline: serialOf(row.cells.deadline),
  };
}

function criterionLine(row: CriteriaRowSnapshot, lang: PlanSnapshot["lang"]): CriterionLine {
  const id = idOf(row.cells.id) ?? "";
  const model = MODEL.criteria.find((c) => c.id === id);
  return {
    id,
    phase: criterionPhase(row, id),
    text: model ? { ...model.text } : same(textOf(row.cells.criterion)),
    assessment: { id: assessmentOf(row.cells.assessment, lang), text: rawText(row.cells.assessment) },
    justification: textOf(row.cells.justification),
  };
}

/** The municipality the plan is for: its code cell decides, its name cell is the fallback. */
export function municipalityOf(snapshot: PlanSnapshot): Pick<PlanSummary, "municipality" | "municipalityText" | "identity"> {
  const code = textOf(snapshot.municipalityCode?.cell);
  const name = textOf(snapshot.municipality?.cell);
  const byCode = code ? findMunicipality(code) : undefined;
  const byName = name ? findMunicipality(name) : undefined;
  const municipality = byCode ?? byName;
  const municipalityText = [name, code].filter(Boolean).join(" ");
  if (!municipality) return { municipalityText };
  const identity = !name ? "nameMissing" : !byCode ? "codeMissing" : byName?.code !== byCode.code ? "nameDiffers" : undefined;
  return identity ? { municipality, municipalityText, identity } : { municipality, municipalityText };
}

function waveOf(snapshot: PlanSnapshot): number | undefined {
  const text = textOf(snapshot.wave?.cell);
  return /^\d{1,3}$/.test(text) ? Number(text) : undefined;
}

/** The start of each transition's later phase, from the plan's Faser table (found by its label). */
function transitionsOf(snapshot: PlanSnapshot): Partial<Record<TransitionId, number>> {
  const result: Partial<Record<TransitionId, number>> = {};
  for (const window of snapshot.phaseWindows) {
    const phase = phaseOf({ address: "", value: window.label }, snapshot.lang);
    const transition = MODEL.transitions.find((t) => t.to === phase);
    const serial = serialOf(window.start);
    if (transition && serial !== undefined) result[transition.id] = serial;
  }
  return result;
}

export function summarizePlan(snapshot: PlanSnapshot, validation: ValidationResult): PlanSummary {
  return {
    ...municipalityOf(snapshot),
    modelVersion: snapshot.modelVersion,
    wave: waveOf(snapshot),
    goLive: serialOf(snapshot.goLive?.cell),
    transitions: transitionsOf(snapshot),
    tasks: snapshot.tasks.map((row) => taskLine(row, snapshot.lang)),
    criteria: snapshot.criteria.map((row) => criterionLine(row, snapshot.lang)),
    findings: validation.findings,
    gates: validation.gates,
  };
}
