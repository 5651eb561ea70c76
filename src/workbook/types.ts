/**
 * The workbook *description*: plain data that says which sheets, cells, tables, names, list
 * validations and formats exist. Both renderers (ExcelJS for files, Office.js for the open
 * workbook) draw exactly this, so a file from the CLI and a workbook from the add-in are the same.
 * Keep it plain JSON-able data: no functions, no Dates, no library types.
 */
import type { Lang } from "../model/types";

/** A cell's content. `text` is always written as text, even when it starts with "=". */
export type CellValue =
  | { kind: "empty" }
  | { kind: "text"; text: string }
  | { kind: "number"; value: number }
  /** An Excel date serial (1900 system); shown with a date number format. */
  | { kind: "date"; serial: number }
  /** A formula in Excel's English syntax without the leading "=". `result` is the value the
   * TypeScript plan expects, cached in files so viewers that do not recalculate still show it. */
  | { kind: "formula"; formula: string; result?: number | string };

/** Named cell styles; their look is defined once in `styles.ts` and applied by both renderers. */
export type StyleKey =
  | "title"
  | "subtitle"
  | "heading"
  | "label"
  | "body"
  | "wrap"
  | "muted"
  | "date"
  | "dateLabel"
  | "number"
  | "percent"
  | "input"
  | "inputDate"
  // The visual sheets (Forside's model strip, Overblik, Tidslinje); added for [visual].
  | "phase1"
  | "phase2"
  | "phase3"
  | "phase4"
  | "caption"
  | "centerDate"
  | "milestone"
  | "rollout"
  | "tableHead"
  | "matrixHead"
  | "count"
  | "countBold"
  | "percentBold"
  | "kpi"
  | "kpiDate"
  | "kpiPercent"
  | "barTrack"
  | "ganttHead"
  | "ganttCode"
  | "ganttDate"
  | "ganttPhase"
  | "legend"
  | "swatchNotStarted"
  | "swatchInProgress"
  | "swatchDone"
  | "swatchNotRelevant"
  | "swatchOverdue"
  | "swatchPhase"
  | "swatchToday"
  | "swatchGoLive";

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  /** "RRGGBB" */
  fontColor?: string;
  /** "RRGGBB" solid fill */
  fill?: string;
  wrap?: boolean;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  numberFormat?: string;
}

export interface Cell {
  /** A1-style address on its sheet, e.g. "B8". */
  address: string;
  value: CellValue;
  style?: StyleKey;
}

export interface TableColumn {
  /** Stable key readers and code use ("status"); the header is the language-specific text. */
  key: string;
  header: string;
  /** Column width in characters. */
  width: number;
  style?: StyleKey;
}

export interface TableDescription {
  /** Workbook-unique Excel table name, e.g. "Opgaver_PRJ". */
  name: string;
  /** The header row's first cell, e.g. "A5". */
  topLeft: string;
  columns: TableColumn[];
  /** Body rows, one CellValue per column. */
  rows: CellValue[][];
  /** A built-in table style name, e.g. "TableStyleMedium2". */
  style: string;
}

/** A drop-down list validation; `source` is a workbook name such as "StatusListe". */
export interface ListValidation {
  /** A1 range on the sheet, e.g. "H6:H9". */
  range: string;
  source: string;
  errorTitle: string;
  error: string;
}

/** A formula-driven conditional format. `formula` is written for the range's top-left cell. */
export interface ConditionalFormat {
  range: string;
  formula: string;
  /** "RRGGBB" */
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  /** Lower numbers win; renderers keep this order. */
  priority: number;
}

export interface PrintSetup {
  orientation: "landscape" | "portrait";
  /** Rows repeated at the top of each page, e.g. "5:5". */
  repeatRows?: string;
  /** Footer text with Excel's codes (&P page, &N pages, &A sheet). */
  footer?: { left: string; center: string; right: string };
}

export type SheetKind = "front" | "overview" | "timeline" | "phase" | "theme" | "lists" | "meta" | "archive" | "validation";

export interface SheetDescription {
  /** Stable identity independent of language and user renames: "front", "phase:F1", "theme:PRJ". */
  key: string;
  kind: SheetKind;
  name: string;
  visibility: "visible" | "hidden" | "veryHidden";
  /** "RRGGBB" */
  tabColor?: string;
  /** Widths in characters for columns A, B, C, …; tables set their own columns' widths. */
  columnWidths: number[];
  /** Row heights in points for rows that hold wrapped prose. */
  rowHeights: { row: number; height: number }[];
  cells: Cell[];
  merges: string[];
  tables: TableDescription[];
  validations: ListValidation[];
  conditionalFormats: ConditionalFormat[];
  freeze?: { rows: number; columns: number };
  print?: PrintSetup;
}

/** A workbook-scoped name, e.g. GoLive → 'Forside'!$B$8. */
export interface NameDescription {
  name: string;
  sheet: string;
  /** Absolute A1 reference without the sheet, e.g. "$B$8" or "$B$12:$B$15". */
  range: string;
}

export interface WorkbookDescription {
  lang: Lang;
  title: string;
  sheets: SheetDescription[];
  names: NameDescription[];
  styles: Record<StyleKey, CellStyle>;
}
