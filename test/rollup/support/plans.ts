/**
 * Test plans as municipalities return them: generated with writePlanFile, then filled in through
 * ExcelJS the way a user types (Status, Vurdering, Begrundelse, front-sheet cells). Tables are found
 * by their headers here, independently of the product's reader.
 */
import path from "node:path";
import ExcelJS from "exceljs";
import { planFileName, writePlanFile } from "../../../src/cli/planFile";
import { parseVariant } from "../../../src/model";
import type { Lang, Municipality } from "../../../src/model/types";
import { parseIsoDate } from "../../../src/plan/dates";

export interface PlanSpec {
  municipality: Municipality;
  goLive: string;
  wave?: number;
  lang?: Lang;
}

export async function writePlan(dir: string, spec: PlanSpec, fileName?: string): Promise<string> {
  const file = path.join(dir, fileName ?? planFileName(spec.municipality.code, spec.municipality.name));
  await writePlanFile({ goLive: parseIsoDate(spec.goLive), lang: spec.lang ?? "da", variant: parseVariant({}), municipality: spec.municipality, wave: spec.wave }, file);
  return file;
}

export interface Edits {
  /** Task ID → the Status text to type. */
  statuses?: Record<string, string>;
  /** Criterion ID → [Vurdering, Begrundelse]. */
  assessments?: Record<string, [string, string]>;
  /** Front-sheet cells by label in column A ("Kommune", "Kommunekode", "Bølge") → new value. */
  front?: Record<string, ExcelJS.CellValue>;
  /** Metadata key ("modelVersion") → new value. */
  meta?: Record<string, string>;
}

type Columns = Record<string, number>;

/** Each body row under a header row that has all `required` headers, with its columns. */
function tableRows(workbook: ExcelJS.Workbook, required: string[]): { row: ExcelJS.Row; columns: Columns }[] {
  const found: { row: ExcelJS.Row; columns: Columns }[] = [];
  workbook.eachSheet((ws) => {
    let columns: Columns | undefined;
    ws.eachRow((row) => {
      const values = (row.values as unknown[]).map((v) => (typeof v === "string" ? v : ""));
      if (required.every((h) => values.includes(h))) {
        columns = Object.fromEntries(values.map((v, i) => [v, i]).filter(([v]) => v !== ""));
        return;
      }
      if (columns && typeof row.getCell(columns.ID ?? columns.Key).value === "string") found.push({ row, columns });
      else columns = undefined;
    });
  });
  return found;
}

export async function editPlan(file: string, edits: Edits, out = file): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  for (const { row, columns } of tableRows(workbook, ["ID", "Status", "Deadline"])) {
    const status = edits.statuses?.[String(row.getCell(columns.ID).value)];
    if (status !== undefined) row.getCell(columns.Status).value = status;
  }
  for (const { row, columns } of tableRows(workbook, ["ID", "Vurdering"])) {
    const assessment = edits.assessments?.[String(row.getCell(columns.ID).value)];
    if (assessment) {
      row.getCell(columns.Vurdering).value = assessment[0];
      row.getCell(columns.Begrundelse).value = assessment[1];
    }
  }
  for (const [label, value] of Object.entries(edits.front ?? {})) {
    workbook.worksheets[0].eachRow((row) => {
      if (row.getCell(1).value === label) row.getCell(2).value = value;
    });
  }
  for (const { row, columns } of tableRows(workbook, ["Key", "Value"])) {
    const value = edits.meta?.[String(row.getCell(columns.Key).value)];
    if (value !== undefined) row.getCell(columns.Value).value = value;
  }
  await workbook.xlsx.writeFile(out);
}
