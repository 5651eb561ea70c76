/**
 * Edits to a plan workbook the way Excel makes them when a user sorts a table, deletes a table row
 * or renames a sheet: formulas move with their rows, the table's range and the names follow.
 */
import type ExcelJS from "exceljs";
import { cellAddress, parseAddress } from "../../src/workbook/address";
import { shiftFormulaRows } from "../../src/workbook/formulaShift";

interface TableModel {
  name: string;
  tableRef: string;
  autoFilterRef?: string;
  columns: { name: string }[];
}

export function tableModel(ws: ExcelJS.Worksheet, name: string): TableModel {
  const table = (ws.getTables() as unknown as { table: TableModel }[]).map((t) => t.table).find((t) => t.name === name);
  if (!table) throw new Error(`No table ${name} on ${ws.name}`);
  return table;
}

function bodyBounds(table: TableModel): { first: number; last: number; column: number; width: number } {
  const [from, to] = table.tableRef.split(":");
  const start = parseAddress(from);
  return { first: start.row + 1, last: parseAddress(to).row, column: start.column, width: table.columns.length };
}

type Stored = { value: ExcelJS.CellValue; formula?: string; result?: unknown; row: number };

function read(ws: ExcelJS.Worksheet, row: number, column: number): Stored {
  const cell = ws.getCell(row, column);
  const formula = cell.formula as string | undefined;
  return formula ? { value: null, formula, result: cell.result, row } : { value: cell.value, row };
}

function write(ws: ExcelJS.Worksheet, row: number, column: number, stored: Stored | undefined): void {
  const cell = ws.getCell(row, column);
  if (!stored) cell.value = null;
  else if (stored.formula) cell.value = { formula: shiftFormulaRows(stored.formula, row - stored.row), result: stored.result } as ExcelJS.CellFormulaValue;
  else cell.value = stored.value;
}

/** Sorts a table's body rows by the text of one column (as Excel's Sort A→Z or Z→A). */
export function sortTable(ws: ExcelJS.Worksheet, name: string, header: string, descending = false): void {
  const table = tableModel(ws, name);
  const { first, last, column, width } = bodyBounds(table);
  const key = table.columns.findIndex((c) => c.name === header);
  const rows = Array.from({ length: last - first + 1 }, (_, i) => Array.from({ length: width }, (_, c) => read(ws, first + i, column + c)));
  rows.sort((a, b) => String(a[key].value ?? "").localeCompare(String(b[key].value ?? "")) * (descending ? -1 : 1));
  rows.forEach((cells, i) => cells.forEach((stored, c) => write(ws, first + i, column + c, stored)));
}

/** Deletes one body row of a table (Excel's "Delete Table Rows"): rows below move up, the table shrinks. */
export function deleteTableRow(ws: ExcelJS.Worksheet, name: string, row: number): void {
  const table = tableModel(ws, name);
  const { first, last, column, width } = bodyBounds(table);
  if (row < first || row > last) throw new Error(`Row ${row} is not in ${name}`);
  for (let r = row; r < last; r++) {
    for (let c = 0; c < width; c++) write(ws, r, column + c, read(ws, r + 1, column + c));
  }
  for (let c = 0; c < width; c++) write(ws, last, column + c, undefined);
  const [from] = table.tableRef.split(":");
  table.tableRef = `${from}:${cellAddress(column + width - 1, last - 1)}`;
  table.autoFilterRef = table.tableRef;
}

/** Renames a sheet and the workbook names that point at it, as Excel does. */
export function renameSheet(workbook: ExcelJS.Workbook, from: string, to: string): void {
  const ws = workbook.getWorksheet(from);
  if (!ws) throw new Error(`No sheet ${from}`);
  ws.name = to;
  const quoted = (name: string) => `'${name.replace(/'/g, "''")}'!`;
  const names = workbook.definedNames.model as { name: string; ranges: string[] }[];
  workbook.definedNames.model = names.map((n) => ({
    ...n,
    ranges: n.ranges.map((r) => r.replace(quoted(from), quoted(to)).replace(new RegExp(`^${from}!`), quoted(to))),
  })) as never;
}
