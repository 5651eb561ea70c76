/** Writing entries into a generated plan workbook with ExcelJS, as a user would type them. */
import type ExcelJS from "exceljs";
import { MODEL } from "../../src/model";
import type { ThemeId } from "../../src/model/types";
import type { PlanSnapshot, RawValue } from "../../src/plan/snapshot";
import { cellAddress, parseAddress } from "../../src/workbook/address";
import { tableModel } from "../support/excelEdits";

export type EntryKey = "responsible" | "performer" | "status" | "completed" | "note" | "phase";

/** A value typed at a task: in a contract column (by key) or in a user's own column (by header). */
export interface TypedEntry {
  id: string;
  key: EntryKey | { header: string };
  value: string | number;
}

export interface TypedLocalTask {
  id: string;
  theme: ThemeId;
  title: string;
  phase: string;
  status: string;
}

export const sheetOfTheme = (theme: ThemeId) => MODEL.themes.find((t) => t.id === theme)?.sheetName.da as string;

/** Adds a user's own column to a theme's task table, as Excel does when you type a header next to it. */
export function addTableColumn(workbook: ExcelJS.Workbook, theme: ThemeId, header: string): void {
  const ws = workbook.getWorksheet(sheetOfTheme(theme)) as ExcelJS.Worksheet;
  const table = tableModel(ws, `Opgaver_${theme}`);
  const [from, to] = table.tableRef.split(":");
  const end = parseAddress(to);
  const start = parseAddress(from);
  ws.getCell(start.row, end.column + 1).value = header;
  table.columns.push({ name: header });
  table.tableRef = `${from}:${cellAddress(end.column + 1, end.row)}`;
  table.autoFilterRef = table.tableRef;
}

/** Types the entries at the cells the snapshot of the generated workbook gives for each task. */
export function typeEntries(workbook: ExcelJS.Workbook, snapshot: PlanSnapshot, entries: TypedEntry[], extraColumnOf: (theme: ThemeId) => number): void {
  for (const entry of entries) {
    const row = snapshot.tasks.find((t) => t.cells.id?.value === entry.id);
    if (!row) throw new Error(`No row ${entry.id}`);
    const ws = workbook.getWorksheet(row.sheet) as ExcelJS.Worksheet;
    const theme = row.table.slice("Opgaver_".length) as ThemeId;
    const address = typeof entry.key === "string" ? row.cells[entry.key]?.address : cellAddress(extraColumnOf(theme), row.row);
    ws.getCell(address as string).value = entry.value as RawValue as ExcelJS.CellValue;
  }
}

/** Types local tasks on the rows right under their theme's table (where LibreOffice users type them). */
export function typeLocalTasks(workbook: ExcelJS.Workbook, tasks: TypedLocalTask[]): void {
  for (const task of tasks) {
    const ws = workbook.getWorksheet(sheetOfTheme(task.theme)) as ExcelJS.Worksheet;
    const table = tableModel(ws, `Opgaver_${task.theme}`);
    let row = parseAddress(table.tableRef.split(":")[1]).row + 1;
    while (ws.getCell(row, 1).value !== null) row++;
    ws.getCell(row, 1).value = task.id;
    ws.getCell(row, 2).value = task.title;
    ws.getCell(row, 3).value = task.phase;
    ws.getCell(row, 8).value = task.status;
  }
}
