/** One plan: description → .xlsx bytes → a file written atomically. */
import { promises as fs } from "node:fs";
import { buildPlanWorkbook } from "../workbook/build";
import type { PlanInput } from "../workbook/input";
import { renderXlsx } from "../xlsx/render";
import { writeFileAtomic } from "./atomicWrite";
import { backupFile } from "./backup";

/**
 * Writes the plan to `out`. A file already there may be a plan someone has filled in for months,
 * so it is first copied to a backup beside it; the backup's name is returned.
 */
export async function writePlanFile(input: PlanInput, out: string): Promise<string | undefined> {
  const bytes = await renderXlsx(buildPlanWorkbook(input));
  const existing = await fs.stat(out).catch(() => undefined);
  const backup = existing?.isFile() ? await backupFile(out) : undefined;
  await writeFileAtomic(out, bytes);
  return backup;
}

/** "0101", "København" → "implementeringsplan-0101-koebenhavn.xlsx" (shared with the add-in). */
export { planFileName } from "../workbook/fileName";
