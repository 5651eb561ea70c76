/**
 * A rollout from an .xlsx with the Udrulning table (a rollout workbook, or an earlier rollup, which
 * carries one). The bytes go through archiveLimits first, then ExcelJS and the host-neutral
 * readRolloutView, which the add-in uses on its open workbook.
 */
import type { RolloutPlan } from "../plan/rollup/rollout";
import { readRolloutView } from "../workbook/rollup/readRollout";
import { checkXlsxArchive, type ArchiveOptions } from "./archiveLimits";
import { loadWorkbook, workbookView } from "./workbookRead";

/** The rollout in .xlsx bytes (a file read from disk, or picked in the browser). */
export async function readRolloutXlsx(bytes: Uint8Array, name: string, options: ArchiveOptions = {}): Promise<RolloutPlan> {
  await checkXlsxArchive(bytes, { ...options, name });
  return readRolloutView(workbookView(await loadWorkbook(bytes, name), name));
}
