/**
 * Test-side reading of a workbook's task rows, independent of the product's reader: find the header
 * row that holds "ID" and "Deadline" on each sheet and read the rows below it.
 */
import ExcelJS from "exceljs";

export interface TaskRowValues {
  sheet: string;
  row: number;
  id: string;
  start: unknown;
  deadline: unknown;
}

/** A cell's value with formulas replaced by their (cached or recalculated) result. */
export function resultOf(cell: ExcelJS.Cell): unknown {
  // `cell.result` keeps 0 and FALSE results, which `cell.value.result` loses.
  return cell.formula || cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
}

/** Dates come back from ExcelJS as JS Dates (UTC) or serial numbers; both become yyyy-mm-dd. */
export function asIsoDate(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "number") return new Date(Math.round((value - 25569) * 86400000)).toISOString().slice(0, 10);
  return undefined;
}

export function readTaskRows(workbook: ExcelJS.Workbook): TaskRowValues[] {
  const rows: TaskRowValues[] = [];
  workbook.eachSheet((ws) => {
    let headerRow = 0;
    const columns: Record<string, number> = {};
    ws.eachRow((row, rowNumber) => {
      if (headerRow === 0) {
        const values = (row.values as unknown[]).map((v) => (typeof v === "string" ? v : ""));
        // A task table has Fase (Phase) too; Tidslinje's header row has ID and Deadline but no Fase.
        if (values.includes("ID") && values.includes("Deadline") && (values.includes("Fase") || values.includes("Phase"))) {
          headerRow = rowNumber;
          values.forEach((v, i) => v && (columns[v] = i));
        }
        return;
      }
      const id = row.getCell(columns["ID"]).value;
      if (typeof id !== "string" || id === "") return;
      rows.push({
        sheet: ws.name,
        row: rowNumber,
        id,
        start: resultOf(row.getCell(columns["Start"])),
        deadline: resultOf(row.getCell(columns["Deadline"])),
      });
    });
  });
  return rows;
}
