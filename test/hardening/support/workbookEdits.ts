/**
 * Changes to a plan workbook that months of many hands make, done with ExcelJS the way Excel (or
 * LibreOffice, or a script) leaves the file: merges, tables turned into ranges, cleared headers,
 * copied, hidden, protected and renamed sheets.
 */
import { readFileSync, writeFileSync } from "node:fs";
import type ExcelJS from "exceljs";
import JSZip from "jszip";
import { tableModel } from "../../support/excelEdits";

export const sheet = (workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet => {
  const ws = workbook.getWorksheet(name);
  if (!ws) throw new Error(`No sheet ${name}`);
  return ws;
};

/** Excel's Merge Cells: the top-left value stays, the others are cleared. */
export function merge(workbook: ExcelJS.Workbook, name: string, range: string): void {
  const ws = sheet(workbook, name);
  const [from, to] = range.split(":");
  const first = ws.getCell(from);
  const last = ws.getCell(to);
  for (let r = Number(first.row); r <= Number(last.row); r++) {
    for (let c = Number(first.col); c <= Number(last.col); c++) if (r !== Number(first.row) || c !== Number(first.col)) ws.getCell(r, c).value = null;
  }
  ws.mergeCells(range);
}

/** Table Design > Convert to Range: the cells stay, the table is gone. */
export function convertToRange(workbook: ExcelJS.Workbook, name: string, table: string): void {
  sheet(workbook, name).removeTable(table);
}

/** Clearing a table's header row: Excel names the columns Kolonne1, Kolonne2, … */
export function clearHeaders(workbook: ExcelJS.Workbook, name: string, table: string): void {
  const ws = sheet(workbook, name);
  const model = tableModel(ws, table);
  const start = ws.getCell(model.tableRef.split(":")[0]);
  model.columns.forEach((column, i) => {
    column.name = `Kolonne${i + 1}`;
    ws.getCell(Number(start.row), Number(start.col) + i).value = column.name;
  });
}

/** Move or Copy > Create a copy: a second sheet with the same cells and a renamed copy of the table. */
export function duplicateSheet(workbook: ExcelJS.Workbook, name: string, table: string): ExcelJS.Worksheet {
  const source = sheet(workbook, name);
  const copy = workbook.addWorksheet(`${name.slice(0, 27)} (2)`);
  const model = tableModel(source, table);
  const [from, to] = model.tableRef.split(":");
  const top = source.getCell(from);
  const bottom = source.getCell(to);
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = Number(top.row) + 1; r <= Number(bottom.row); r++) {
    rows.push(model.columns.map((_, c) => {
      const cell = source.getCell(r, Number(top.col) + c);
      return cell.formula ? (cell.result as ExcelJS.CellValue) : cell.value;
    }));
  }
  copy.addTable({ name: `${table}2`, ref: from, headerRow: true, columns: model.columns.map((c) => ({ name: c.name })), rows });
  return copy;
}

/** Review > Protect Sheet, with a password. */
export async function protect(workbook: ExcelJS.Workbook, name: string): Promise<void> {
  await sheet(workbook, name).protect("hemmelig", { selectLockedCells: true, spinCount: 1000 });
}

/** A sheet name as LibreOffice or a script may store it, past ExcelJS's own checks (over 31 characters). */
export function forceSheetName(workbook: ExcelJS.Workbook, name: string, newName: string): void {
  (sheet(workbook, name) as unknown as { _name: string })._name = newName;
}

/** Rewrites every sheet's relationship targets as absolute paths ("/xl/tables/table1.xml"), as openpyxl saves them. */
export async function absoluteSheetTargets(file: string): Promise<void> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  for (const entry of Object.values(zip.files).filter((f) => /^xl\/worksheets\/_rels\//.test(f.name))) {
    zip.file(entry.name, (await entry.async("string")).replace(/Target="\.\.\//g, 'Target="/xl/'));
  }
  writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
}
