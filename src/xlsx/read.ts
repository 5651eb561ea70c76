/**
 * Reads a plan .xlsx into a PlanSnapshot: checks the bytes, loads them with ExcelJS, and adapts the
 * ExcelJS workbook to the host-neutral view that src/workbook/readSnapshot reads. Everything but
 * reading from disk lives in workbookRead.ts, which the add-in's browser code uses too.
 */
import type ExcelJS from "exceljs";
import type { PlanSnapshot } from "../plan/snapshot";
import { readXlsxBytes } from "./fileCheck";
import { loadWorkbook, readPlanWorkbook } from "./workbookRead";

export { loadWorkbook, parseReference, readPlanWorkbook, workbookView } from "./workbookRead";

/** Reads a plan file; every way it can fail is a UserError (the CLI's exit code 2). */
export async function readPlanFile(file: string): Promise<{ snapshot: PlanSnapshot; workbook: ExcelJS.Workbook }> {
  const bytes = await readXlsxBytes(file);
  const workbook = await loadWorkbook(bytes, file);
  return { snapshot: readPlanWorkbook(workbook, file), workbook };
}
