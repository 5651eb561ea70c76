/** The fake workbook's contents: plain in-memory data that the proxies read and change at sync. */
import { type Rect, isBounded } from "./a1";
import type { Scalar } from "./typedInput";

export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  horizontal?: string;
  vertical?: string;
}

export interface CellState {
  /** A constant, or the last computed result of a formula; null when empty. */
  value: Scalar | null;
  /** "=…" when the cell holds a formula. */
  formula?: string;
  quotePrefix: boolean;
  numberFormat: string;
  format: CellFormat;
}

export interface ValidationState {
  rect: Rect;
  rule?: unknown;
  errorAlert?: { message?: string; showAlert?: boolean; style?: string; title?: string };
  ignoreBlanks?: boolean;
}

export interface ConditionalFormatState {
  rect: Rect;
  type: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  stopIfTrue?: boolean;
}

export interface PageState {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printTitleRows?: string;
  footer: { left?: string; center?: string; right?: string };
}

export interface SheetState {
  id: string;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  tabColor: string;
  cells: Map<string, CellState>;
  /** Points, by 1-based column. */
  columnWidths: Map<number, number>;
  /** Points, by 1-based row. */
  rowHeights: Map<number, number>;
  merges: Rect[];
  validations: ValidationState[];
  /** In priority order: index 0 wins. */
  conditionalFormats: ConditionalFormatState[];
  freeze?: { rows: number; columns: number };
  page: PageState;
  charts: string[];
  shapes: string[];
}

export interface TableState {
  id: string;
  name: string;
  sheet: SheetState;
  /** Header row included. */
  rect: Rect;
  style: string;
}

export interface NameState {
  name: string;
  /** Undefined when the sheet it pointed at was deleted (#REF!). */
  sheet?: SheetState;
  rect: Rect;
  visible: boolean;
}

export interface WorkbookState {
  sheets: SheetState[];
  tables: TableState[];
  names: NameState[];
  active?: SheetState;
  /** The user's selection, after `Range.select()`. */
  selection?: { sheet: SheetState; rect: Rect };
  nextId: number;
}

export const key = (row: number, column: number) => `${row},${column}`;

export function newSheet(workbook: WorkbookState, name: string): SheetState {
  return {
    id: `{sheet-${workbook.nextId++}}`,
    name,
    visibility: "Visible",
    tabColor: "",
    cells: new Map(),
    columnWidths: new Map(),
    rowHeights: new Map(),
    merges: [],
    validations: [],
    conditionalFormats: [],
    page: { footer: {} },
    charts: [],
    shapes: [],
  };
}

export function emptyWorkbook(sheetNames: string[]): WorkbookState {
  const workbook: WorkbookState = { sheets: [], tables: [], names: [], nextId: 1 };
  for (const name of sheetNames) workbook.sheets.push(newSheet(workbook, name));
  workbook.active = workbook.sheets[0];
  return workbook;
}

export function getCell(sheet: SheetState, row: number, column: number): CellState | undefined {
  return sheet.cells.get(key(row, column));
}

/** The cell, created empty if it has never been touched. */
export function touchCell(sheet: SheetState, row: number, column: number): CellState {
  let cell = sheet.cells.get(key(row, column));
  if (!cell) {
    cell = { value: null, quotePrefix: false, numberFormat: "General", format: {} };
    sheet.cells.set(key(row, column), cell);
  }
  return cell;
}

/** Calls `visit` for every cell of a bounded rectangle; whole rows and columns are refused. */
export function eachCell(rect: Rect, visit: (row: number, column: number) => void): void {
  if (!isBounded(rect)) throw new Error("Fake Excel: cell-by-cell changes to whole rows or columns are not modelled");
  for (let r = rect.r1; r <= rect.r2; r++) for (let c = rect.c1; c <= rect.c2; c++) visit(r, c);
}

/** The smallest rectangle holding every cell that has a value (or, with `valuesOnly` false, any format). */
export function usedRect(sheet: SheetState, valuesOnly: boolean): Rect | undefined {
  let rect: Rect | undefined;
  for (const [k, cell] of sheet.cells) {
    const hasValue = cell.value !== null || cell.formula !== undefined;
    const hasFormat = cell.numberFormat !== "General" || Object.keys(cell.format).length > 0 || cell.quotePrefix;
    if (!hasValue && (valuesOnly || !hasFormat)) continue;
    const [r, c] = k.split(",").map(Number);
    rect = rect ? { r1: Math.min(rect.r1, r), c1: Math.min(rect.c1, c), r2: Math.max(rect.r2, r), c2: Math.max(rect.c2, c) } : { r1: r, c1: c, r2: r, c2: c };
  }
  return rect;
}

export const sameName = (a: string, b: string) => a.toLocaleLowerCase("da") === b.toLocaleLowerCase("da");
