/**
 * A snapshot of a plan workbook as people left it: what both readers (ExcelJS for files, Office.js
 * for the open workbook) produce, and what validation, update and rollup consume. It records raw
 * values with their sheet and cell, so every finding can point at the exact cell, and nothing the
 * user typed is interpreted away before the rules have seen it.
 */
import type { Lang } from "../model/types";

/**
 * A cell's value as the host gives it. Numbers in date columns are Excel date serials; a formula
 * cell holds its computed result; `{ error }` is an Excel error such as "#N/A".
 */
export type RawValue = null | string | number | boolean | { error: string };

export interface SnapshotCell {
  /** A1 address on its sheet, e.g. "H7". */
  address: string;
  value: RawValue;
  /** The formula without "=", when the cell holds one. */
  formula?: string;
}

export interface ExtraColumn {
  header: string;
  cell: SnapshotCell;
}

/** One body row of a task table, found by table name and header, wherever it was moved to. */
export interface TaskRowSnapshot {
  sheet: string;
  table: string;
  /** 1-based sheet row. */
  row: number;
  /** Cells by column key (see TASK_COLUMNS in src/workbook/layout); missing keys had no column. */
  cells: Partial<Record<"id" | "task" | "phase" | "responsible" | "performer" | "start" | "deadline" | "status" | "completed" | "note", SnapshotCell>>;
  /** Columns the user added to the table, kept so update never drops them. */
  extra: ExtraColumn[];
}

export interface CriteriaRowSnapshot {
  sheet: string;
  table: string;
  row: number;
  cells: Partial<Record<"id" | "criterion" | "assessment" | "justification", SnapshotCell>>;
  extra: ExtraColumn[];
}

export interface SheetCellSnapshot {
  sheet: string;
  cell: SnapshotCell;
}

export interface PlanSnapshot {
  /** Where it came from: a file path or "workbook". */
  source: string;
  /** The format marker from the metadata sheet ("implan-plan/1"); undefined when absent. */
  format?: string;
  modelVersion?: string;
  lang: Lang;
  /** The variant JSON stored in the workbook (file form, see src/model/variant). */
  variantJson?: string;
  /** The cell the GoLive name points at; undefined when the name is gone. */
  goLive?: SheetCellSnapshot;
  municipality?: SheetCellSnapshot;
  municipalityCode?: SheetCellSnapshot;
  solution?: SheetCellSnapshot;
  wave?: SheetCellSnapshot;
  /** The phase windows as the workbook computes them (Faser table), in phase order. */
  phaseWindows: { label: string; start: SnapshotCell; end: SnapshotCell }[];
  tasks: TaskRowSnapshot[];
  criteria: CriteriaRowSnapshot[];
  /** Rows of the archive table: entries of tasks a later variant removed. */
  archive: TaskRowSnapshot[];
}
