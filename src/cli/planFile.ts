/** One plan: description → .xlsx bytes → a file written atomically. */
import { buildPlanWorkbook } from "../workbook/build";
import type { PlanInput } from "../workbook/input";
import { renderXlsx } from "../xlsx/render";
import { writeFileAtomic } from "./atomicWrite";

export async function writePlanFile(input: PlanInput, out: string): Promise<void> {
  const bytes = await renderXlsx(buildPlanWorkbook(input));
  await writeFileAtomic(out, bytes);
}

/** "0101", "København" → "implementeringsplan-0101-koebenhavn.xlsx": safe in mail and on any disk. */
export function planFileName(code: string, name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe")
    .replace(/å/g, "aa")
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return `implementeringsplan-${code}-${slug}.xlsx`;
}
