/**
 * The least a host must show of a workbook for `readSnapshot` to read a plan from it. The ExcelJS
 * reader (src/xlsx/read.ts) and the Office.js reader (src/excel) each adapt their host to this view,
 * so both produce the same PlanSnapshot from the same workbook.
 */
import type { SnapshotCell } from "../plan/snapshot";

export interface TableView {
  /** The Excel table name, e.g. "Opgaver_PRJ". */
  name: string;
  /** The header row's first cell, e.g. "A4". */
  topLeft: string;
  /** Header texts, left to right. */
  headers: string[];
  /** Body rows (no totals row), each with one cell per header, left to right. */
  rows: SnapshotCell[][];
  /**
   * Rows typed directly under the table without becoming part of it (LibreOffice does not grow a
   * table as Excel does), in the table's columns, down to the first empty row. Optional: a host
   * that leaves it out loses nothing but the warning and the rows' entries.
   */
  below?: SnapshotCell[][];
}

export interface SheetView {
  name: string;
  tables: TableView[];
  /**
   * A single cell, for the few things outside tables (the go-live cell and the four cells above it
   * on the front sheet). Undefined or a null value both mean empty.
   */
  cell(address: string): SnapshotCell | undefined;
}

/** A workbook-scoped name: `GoLive` → sheet "Forside", range "$B$8". */
export interface NameView {
  name: string;
  sheet: string;
  range: string;
}

export interface WorkbookView {
  /** A file path or "workbook"; copied into the snapshot's `source`. */
  source: string;
  sheets: SheetView[];
  names: NameView[];
}
