/**
 * The rollup's figures computed in TypeScript: the cached results of the workbook's formulas, the
 * CLI's summary and its --json. The definitions are the formulas' (src/workbook/rollup/formulas):
 * - overdue: the Deadline is a date before the as-of date and the status is neither Fuldført nor
 *   Ikke relevant (as validation's overdue rule);
 * - percent done: Fuldført ÷ (tasks − Ikke relevant), none when that is 0;
 * - next transition: the first whose date (the later phase's start) is after the as-of date;
 * - ready: validation's gate for that transition.
 */
import { MODEL } from "../../model";
import type { StatusId, TransitionId } from "../../model/types";
import { toExcelSerial } from "../dates";
import type { FileOutcome, MunicipalityRow, RollupResult, StatusRow, TaskLine } from "./types";

export function isOverdue(task: TaskLine, asOfSerial: number): boolean {
  if (task.deadline === undefined || task.deadline >= asOfSerial) return false;
  return task.status.id !== "fuldfoert" && task.status.id !== "ikke-relevant";
}

export interface Tally {
  tasks: number;
  byStatus: Record<StatusId, number>;
  /** Statuses that are none of the four (empty or mistyped). */
  other: number;
  overdue: number;
}

export function tally(rows: StatusRow[], asOfSerial: number): Tally {
  const byStatus = Object.fromEntries(MODEL.statuses.map((s) => [s.id, 0])) as Record<StatusId, number>;
  let other = 0;
  let overdue = 0;
  for (const { task } of rows) {
    if (task.status.id) byStatus[task.status.id]++;
    else other++;
    if (isOverdue(task, asOfSerial)) overdue++;
  }
  return { tasks: rows.length, byStatus, other, overdue };
}

/** Fuldført ÷ (tasks − Ikke relevant) as a fraction, or undefined when nothing counts. */
export function percentDone(t: Tally): number | undefined {
  const relevant = t.tasks - t.byStatus["ikke-relevant"];
  return relevant > 0 ? t.byStatus.fuldfoert / relevant : undefined;
}

export function nextTransition(row: Pick<MunicipalityRow, "transitions">, asOfSerial: number): TransitionId | undefined {
  return MODEL.transitions.find((t) => {
    const date = row.transitions[t.id];
    return date !== undefined && asOfSerial < date;
  })?.id;
}

export function isReady(row: Pick<MunicipalityRow, "gates">, transition: TransitionId): boolean {
  return row.gates.some((g) => g.transition === transition && g.ready);
}

/** Ready for the next transition; false when there is none. */
export function readyForNext(row: MunicipalityRow, asOfSerial: number): boolean {
  const next = nextTransition(row, asOfSerial);
  return next !== undefined && isReady(row, next);
}

export interface WaveFigures {
  /** undefined: the municipalities without a wave. */
  wave?: number;
  municipalities: number;
  withPlan: number;
  tasks: number;
  done: number;
  notRelevant: number;
  percentDone?: number;
  overdue: number;
  readyForNext: number;
  errors: number;
  warnings: number;
}

export interface RollupCounts {
  files: Record<FileOutcome, number> & { total: number };
  waves: WaveFigures[];
  total: Omit<WaveFigures, "wave">;
}

function waveFigures(result: RollupResult, members: MunicipalityRow[], asOfSerial: number): Omit<WaveFigures, "wave"> {
  const codes = new Set(members.map((m) => m.municipality.code));
  const t = tally(result.statusRows.filter((r) => codes.has(r.municipality.code)), asOfSerial);
  const files = result.files.filter((f) => f.municipality && codes.has(f.municipality.code));
  const withPlan = members.filter((m) => m.file !== undefined).length;
  return {
    municipalities: members.length,
    withPlan,
    tasks: t.tasks,
    done: t.byStatus.fuldfoert,
    notRelevant: t.byStatus["ikke-relevant"],
    percentDone: percentDone(t),
    overdue: t.overdue,
    readyForNext: members.filter((m) => readyForNext(m, asOfSerial)).length,
    errors: files.reduce((sum, f) => sum + f.errors, 0),
    warnings: files.reduce((sum, f) => sum + f.warnings, 0),
  };
}

/** Files by outcome, and the figures per wave (municipalities without a wave last) and in all. */
export function rollupCounts(result: RollupResult): RollupCounts {
  const asOfSerial = toExcelSerial(result.asOf);
  const outcomes = Object.fromEntries(["read", "duplicate", "unknown", "noMunicipality", "unreadable", "skipped", "missing"].map((o) => [o, 0])) as Record<FileOutcome, number>;
  for (const file of result.files) outcomes[file.outcome]++;
  const groups: (number | undefined)[] = [...result.waves];
  if (result.municipalities.some((m) => m.wave === undefined)) groups.push(undefined);
  const waves = groups.map((wave) => ({ wave, ...waveFigures(result, result.municipalities.filter((m) => m.wave === wave), asOfSerial) }));
  const total = waveFigures(result, result.municipalities, asOfSerial);
  total.errors = result.files.reduce((sum, f) => sum + f.errors, 0);
  total.warnings = result.files.reduce((sum, f) => sum + f.warnings, 0);
  return { files: { ...outcomes, total: result.files.filter((f) => f.file !== undefined).length }, waves, total };
}
