/**
 * Loads .xlsx bytes with ExcelJS (after checkXlsxBytes) and adapts the ExcelJS workbook to the
 * host-neutral view that src/workbook reads. No Node imports: the add-in reads files picked in the
 * browser with it; read.ts adds reading from disk for the CLI.
 */
import ExcelJS from "exceljs";
import type { PlanSnapshot, SnapshotCell } from "../plan/snapshot";
import { cellAddress, parseAddress } from "../workbook/address";
import { readSnapshot } from "../workbook/readSnapshot";
import { isBlankInput } from "../workbook/readTables";
import type { NameView, SheetView, TableView, WorkbookView } from "../workbook/workbookView";
import { snapshotCell } from "./cellValue";
import { relativeSheetTargets } from "./relTargets";
import type { ArchiveLimits } from "./archiveLimits";
import { checkXlsxBytes, corruptWorkbook } from "./xlsxBytes";

/** The parts of a loaded ExcelJS table model we read; ExcelJS's typings describe only new tables. */
interface LoadedTableModel {
  name: string;
  tableRef?: string;
  ref?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns: { name: string }[];
}

function tableView(ws: ExcelJS.Worksheet, model: LoadedTableModel): TableView | undefined {
  const ref = model.tableRef ?? model.ref;
  if (!ref) return undefined;
  const [from, to = from] = ref.split(":");
  const start = parseAddress(from);
  const end = parseAddress(to);
  const hasHeader = model.headerRow !== false;
  const headerRow = hasHeader ? start.row : start.row - 1;
  const lastRow = model.totalsRow ? end.row - 1 : end.row;
  const width = end.column - start.column + 1;
  const headers = Array.from({ length: width }, (_, i) => {
    const fromModel = model.columns[i]?.name;
    return fromModel ?? (hasHeader ? String(ws.getCell(headerRow, start.column + i).text ?? "") : "");
  });
  const rows = [];
  for (let row = headerRow + 1; row <= lastRow; row++) {
    rows.push(headers.map((_, i) => snapshotCell(ws.getCell(row, start.column + i))));
  }
  const below = rowsBelow(ws, lastRow + (model.totalsRow ? 1 : 0), start.column, width);
  return { name: model.name, topLeft: cellAddress(start.column, headerRow), headers, rows, below };
}

/** Rows typed directly under a table, in its columns, down to the first empty row. */
function rowsBelow(ws: ExcelJS.Worksheet, lastRow: number, firstColumn: number, width: number): SnapshotCell[][] {
  const rows: SnapshotCell[][] = [];
  for (let row = lastRow + 1; row <= ws.rowCount; row++) {
    const cells = Array.from({ length: width }, (_, i) => snapshotCell(ws.getCell(row, firstColumn + i)));
    if (cells.every(isBlankInput)) break;
    rows.push(cells);
  }
  return rows;
}

function sheetView(ws: ExcelJS.Worksheet): SheetView {
  const tables = (ws.getTables() as unknown as { table?: LoadedTableModel; model?: LoadedTableModel }[])
    .map((table) => table.table ?? table.model)
    .flatMap((model) => (model ? [tableView(ws, model)] : []))
    .filter((view): view is TableView => view !== undefined);
  return { name: ws.name, tables, cell: (address) => snapshotCell(ws.getCell(address)) };
}

const REFERENCE = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/;

/** "'Fase 1 Opstart'!$C$20" → { sheet: "Fase 1 Opstart", range: "$C$20" }. */
export function parseReference(reference: string): { sheet: string; range: string } | undefined {
  const match = REFERENCE.exec(reference.trim());
  if (!match) return undefined;
  return { sheet: match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2], range: match[3] };
}

function nameViews(workbook: ExcelJS.Workbook): NameView[] {
  const model = workbook.definedNames.model as { name: string; ranges: string[] }[];
  return model.flatMap(({ name, ranges }) => {
    const target = ranges.length > 0 ? parseReference(ranges[0]) : undefined;
    return target ? [{ name, ...target }] : [];
  });
}

/** The host-neutral view of a loaded workbook; cells are read when asked for. */
export function workbookView(workbook: ExcelJS.Workbook, source: string): WorkbookView {
  return { source, sheets: workbook.worksheets.map(sheetView), names: nameViews(workbook) };
}

/**
 * Loads .xlsx bytes after the checks of checkXlsxBytes (zip bombs, encryption, damage), so every
 * path into ExcelJS, files on disk and files picked in the add-in alike, is guarded. `prepare` may
 * change the checked bytes before ExcelJS parses them (the rollup's withoutUnreadSheets).
 */
export async function loadWorkbook(bytes: Uint8Array, source: string, limits?: Partial<ArchiveLimits>, prepare?: (bytes: Uint8Array) => Promise<Uint8Array>): Promise<ExcelJS.Workbook> {
  await checkXlsxBytes(bytes, source, limits);
  const workbook = new ExcelJS.Workbook();
  try {
    const relative = await relativeSheetTargets(bytes);
    await workbook.xlsx.load((prepare ? await prepare(relative) : relative) as unknown as ArrayBuffer);
  } catch {
    throw corruptWorkbook(source);
  }
  return workbook;
}

export function readPlanWorkbook(workbook: ExcelJS.Workbook, source: string): PlanSnapshot {
  return readSnapshot(workbookView(workbook, source));
}
