/**
 * Test-side reading of the rollup workbook: a named Excel table's rows as objects keyed by header,
 * formulas replaced by their (cached or recalculated) results. Independent of the product's code.
 */
import ExcelJS from "exceljs";

export type Row = Record<string, unknown>;

/** A formula's result (ExcelJS's `cell.value` drops a result of 0), else the value. */
export function valueOf(cell: ExcelJS.Cell): unknown {
  return cell.formula ? cell.result : cell.value;
}

interface LoadedTable {
  name: string;
  tableRef?: string;
  ref?: string;
}

function tableRef(ws: ExcelJS.Worksheet, name: string): string | undefined {
  const tables = ws.getTables() as unknown as { table?: LoadedTable; model?: LoadedTable }[];
  const model = tables.map((t) => t.table ?? t.model).find((t) => t?.name === name);
  return model?.tableRef ?? model?.ref;
}

export function tableNames(workbook: ExcelJS.Workbook): string[] {
  return workbook.worksheets.flatMap((ws) => (ws.getTables() as unknown as { table?: LoadedTable; model?: LoadedTable }[]).map((t) => (t.table ?? t.model)?.name ?? ""));
}

export function readTable(workbook: ExcelJS.Workbook, name: string): Row[] {
  for (const ws of workbook.worksheets) {
    const ref = tableRef(ws, name);
    if (!ref) continue;
    const [from, to] = ref.split(":").map((a) => ws.getCell(a));
    const headers: string[] = [];
    for (let c = Number(from.col); c <= Number(to.col); c++) headers.push(String(ws.getCell(Number(from.row), c).value));
    const rows: Row[] = [];
    for (let r = Number(from.row) + 1; r <= Number(to.row); r++) {
      rows.push(Object.fromEntries(headers.map((h, i) => [h, valueOf(ws.getCell(r, Number(from.col) + i)) ?? null])));
    }
    return rows;
  }
  throw new Error(`No table ${name}`);
}

export async function openWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}
