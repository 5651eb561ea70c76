/**
 * What people typed into a plan, keyed by task and criterion ID, so that a re-planned workbook can
 * be written with all of it (src/workbook reads this through PlanInput.entries). Values stay raw, as
 * the snapshot read them; formulas keep the row they were on, so the writer can move them along.
 */
import type { PhaseId, ThemeId } from "../../model/types";
import type { RawValue } from "../snapshot";

export interface EntryCell {
  value: RawValue;
  /** A formula the user wrote, without "=". */
  formula?: string;
  /** The sheet row the cell was on, for moving the formula's relative references. */
  sourceRow?: number;
  /** The cell showed a date (date number format), so it is written as one. */
  isDate?: boolean;
}

/** The entry columns of a task row (the plan writes ID, Start and Deadline itself). */
export type TaskEntryKey = "task" | "phase" | "responsible" | "performer" | "status" | "completed" | "note";

export interface TaskEntry {
  id: string;
  /** Only the cells that hold an entry; Opgave and Fase only when they differ from the plan. */
  cells: Partial<Record<TaskEntryKey, EntryCell>>;
  /** The user's own columns, by header. */
  extra: Record<string, EntryCell>;
}

/** A task typed into the workbook with an "L-" ID that the variant does not have. */
export interface LocalTaskEntry extends TaskEntry {
  theme: ThemeId;
}

export type CriterionEntryKey = "criterion" | "assessment" | "justification";

export interface CriterionEntry {
  id: string;
  cells: Partial<Record<CriterionEntryKey, EntryCell>>;
  extra: Record<string, EntryCell>;
}

/** A criterion row the user added to a phase's table (an ID the model does not have). */
export interface LocalCriterionEntry extends CriterionEntry {
  phase: PhaseId;
}

/** Entries that no longer have a task row: the variant removed the task, or the ID was a duplicate. */
export interface ArchiveEntry extends TaskEntry {
  /** The sheet (and table) the row came from. */
  origin: string;
  reason: { da: string; en: string };
  /** When it was archived (Excel serial); kept from an earlier archive. */
  archivedOn: number;
  /** The dates the row showed when it was archived, for the record. */
  start?: EntryCell;
  deadline?: EntryCell;
}

export interface PlanEntries {
  tasks: Record<string, TaskEntry>;
  localTasks: LocalTaskEntry[];
  criteria: Record<string, CriterionEntry>;
  localCriteria: LocalCriterionEntry[];
  /** The user's own column headers per table name, in sheet order. */
  extraColumns: Record<string, string[]>;
  archive: ArchiveEntry[];
  /** The user's own columns of the archive table (the union over every archived row). */
  archiveExtraColumns: string[];
}

export function emptyEntries(): PlanEntries {
  return { tasks: {}, localTasks: [], criteria: {}, localCriteria: [], extraColumns: {}, archive: [], archiveExtraColumns: [] };
}
