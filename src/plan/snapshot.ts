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
  /** The cell's number format ("dd-mm-yyyy"), when the host gives it; lets update keep dates dates. */
  numberFormat?: string;
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
  /** True for a row typed directly under the table that is not part of it. */
  outsideTable?: boolean;
}

export interface CriteriaRowSnapshot {
  sheet: string;
  table: string;
  row: number;
  cells: Partial<Record<"id" | "criterion" | "assessment" | "justification", SnapshotCell>>;
  extra: ExtraColumn[];
}

/** An archive row also says where it came from, why, and when it was archived. */
export interface ArchiveRowSnapshot extends TaskRowSnapshot {
  origin?: SnapshotCell;
  reason?: SnapshotCell;
  archivedOn?: SnapshotCell;
}

/** A table the reader recognised, with its headers in sheet order (contract and user columns). */
export interface TableSnapshot {
  sheet: string;
  name: string;
  kind: "task" | "criteria" | "archive";
  /** 1-based sheet row of the header row. */
  headerRow: number;
  headers: string[];
  /** Headers that are not part of the contract: the user's own columns, in sheet order. */
  extraHeaders: string[];
  /** The ID header cell, where findings about the table as a whole point. */
  idHeader: string;
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
  phaseWindows: { label: string; start: SnapshotCell; end: SnapshotCell; sheet?: string }[];
  tasks: TaskRowSnapshot[];
  criteria: CriteriaRowSnapshot[];
  /** Rows of the archive table: entries of tasks a later variant removed. */
  archive: ArchiveRowSnapshot[];
  /** Every task, criteria and archive table found, in workbook order (absent from older readers). */
  tables?: TableSnapshot[];
}
