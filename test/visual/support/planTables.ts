/**
 * Test-side access to a plan file's task and criteria tables through ExcelJS, independent of the
 * product's readers: find each table by its header row, edit cells as a user would, and read
 * (recalculated) values back.
 */
import ExcelJS from "exceljs";
import { valueOf } from "./values";

export interface TableBlock {
  ws: ExcelJS.Worksheet;
  headerRow: number;
  /** Header text → column number. */
  columns: Record<string, number>;
  /** Body rows, top to bottom. */
  rows: number[];
}

/** Every block on every sheet whose header row holds all of `headers`. */
export function findTables(workbook: ExcelJS.Workbook, headers: string[]): TableBlock[] {
  const blocks: TableBlock[] = [];
  workbook.eachSheet((ws) => {
    let block: TableBlock | undefined;
    ws.eachRow((row, rowNumber) => {
      if (!block) {
        const values = (row.values as unknown[]).map((v) => (typeof v === "string" ? v : ""));
        if (headers.every((h) => values.includes(h))) {
          const columns: Record<string, number> = {};
          values.forEach((v, i) => v && (columns[v] = i));
          block = { ws, headerRow: rowNumber, columns, rows: [] };
          blocks.push(block);
        }
        return;
      }
      const id = row.getCell(block.columns["ID"]).value;
      if (typeof id === "string" && id !== "" && rowNumber === block.headerRow + block.rows.length + 1) block.rows.push(rowNumber);
    });
  });
  return blocks;
}

/** Task tables of a Danish plan (the contract's headers). */
export function taskTables(workbook: ExcelJS.Workbook): TableBlock[] {
  return findTables(workbook, ["ID", "Fase", "Status", "Deadline"]);
}

export function criteriaTables(workbook: ExcelJS.Workbook): TableBlock[] {
  return findTables(workbook, ["ID", "Succeskriterie", "Vurdering"]);
}

export function cellOf(block: TableBlock, row: number, header: string): ExcelJS.Cell {
  const column = block.columns[header];
  if (!column) throw new Error(`No column ${header} on ${block.ws.name}`);
  return block.ws.getCell(row, column);
}

export interface TaskValues {
  sheet: string;
  id: string;
  phase: unknown;
  status: unknown;
  start: unknown;
  deadline: unknown;
}

export function readTasks(workbook: ExcelJS.Workbook): TaskValues[] {
  return taskTables(workbook).flatMap((block) =>
    block.rows.map((row) => ({
      sheet: block.ws.name,
      id: String(cellOf(block, row, "ID").value),
      phase: valueOf(cellOf(block, row, "Fase")),
      status: valueOf(cellOf(block, row, "Status")),
      start: valueOf(cellOf(block, row, "Start")),
      deadline: valueOf(cellOf(block, row, "Deadline")),
    })),
  );
}

/** Moves every reference to row `from` in a formula to row `to` (A1 references only). */
function moveRowRefs(formula: string, from: number, to: number): string {
  return formula.replace(/\b(\$?[A-Z]{1,3}\$?)(\d+)\b/g, (whole, column: string, row: string) => (Number(row) === from ? `${column}${to}` : whole));
}

/**
 * Sorts a table's rows into reverse order, as a user sorting by ID descending would: each row's
 * cells move together and the formulas that point at their own row move with them.
 */
export function reverseRows(block: TableBlock): void {
  const lastColumn = Math.max(...Object.values(block.columns));
  const snapshot = block.rows.map((row) => Array.from({ length: lastColumn }, (_, i) => block.ws.getCell(row, i + 1).value));
  block.rows.forEach((row, i) => {
    const sourceRow = block.rows[block.rows.length - 1 - i];
    snapshot[block.rows.length - 1 - i].forEach((value, c) => {
      const target = block.ws.getCell(row, c + 1);
      if (value && typeof value === "object" && "formula" in value && typeof value.formula === "string") {
        target.value = { formula: moveRowRefs(value.formula, sourceRow, row) } as ExcelJS.CellFormulaValue;
      } else {
        target.value = value;
      }
    });
  });
}

/** A known mix of statuses, a blank one included; task n gets entry n modulo the length. */
export const STATUS_CYCLE: (string | null)[] = ["Fuldført", "I gang", "Ikke startet", "Ikke relevant", "Fuldført", null, "I gang", "Fuldført", "Ikke startet"];

/** Types the cycle's statuses into every task table, as a user would; returns ID → status typed. */
export function fillStatuses(workbook: ExcelJS.Workbook, cycle = STATUS_CYCLE): Map<string, string | null> {
  const typed = new Map<string, string | null>();
  let n = 0;
  for (const block of taskTables(workbook)) {
    for (const row of block.rows) {
      const status = cycle[n++ % cycle.length];
      cellOf(block, row, "Status").value = status;
      typed.set(String(cellOf(block, row, "ID").value), status);
    }
  }
  return typed;
}

export async function openWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}
