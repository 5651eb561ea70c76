/**
 * The plan every hardening case starts from: Aarhus, SAPA, wave 1, go-live 2027-03-01, filled in
 * with USER_ENTRIES. Rendered once per test file (rendering is the slow part) and copied per case.
 */
import { promises as fs, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type ExcelJS from "exceljs";
import { parseVariant, resolveMunicipality } from "../../../src/model";
import type { Lang } from "../../../src/model/types";
import { parseIsoDate } from "../../../src/plan/dates";
import { buildPlanWorkbook } from "../../../src/workbook/build";
import type { WorkbookDescription } from "../../../src/workbook/types";
import { renderXlsx } from "../../../src/xlsx/render";
import { tempDir } from "../../support/cli";
import { USER_ENTRIES, loadXlsx, typeEntries } from "./entries";

export const GO_LIVE = "2027-03-01";
/** The day findings are computed for: PRJ-01 was completed before it, nothing is in the future. */
export const TODAY = "2026-10-01";
export const PRJ = "Projektstyring og -ledelse";
export const GEV = "Gevinster og værdier";
export const FRONT = "Forside";

export function planDescription(options: { variant?: unknown; solution?: string; lang?: Lang } = {}): WorkbookDescription {
  return buildPlanWorkbook({
    goLive: parseIsoDate(GO_LIVE),
    lang: options.lang ?? "da",
    variant: parseVariant(options.variant ?? {}),
    municipality: resolveMunicipality("Aarhus"),
    solution: options.solution ?? "SAPA",
    wave: 1,
  });
}

let filled: Promise<Buffer> | undefined;

/** The generated plan with USER_ENTRIES typed in, as .xlsx bytes. */
export function filledPlanBytes(): Promise<Buffer> {
  filled ??= (async () => {
    const workbook = await loadXlsx(await renderXlsx(planDescription()));
    typeEntries(workbook, USER_ENTRIES);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  })();
  return filled;
}

/** A fresh folder with plan.xlsx: the filled plan, after `edit` (a user's or a program's changes). */
export async function planFile(edit?: (workbook: ExcelJS.Workbook) => void | Promise<void>): Promise<{ dir: string; file: string }> {
  const dir = tempDir("implan-hardening-");
  const file = path.join(dir, "plan.xlsx");
  let bytes = await filledPlanBytes();
  if (edit) {
    const workbook = await loadXlsx(bytes);
    await edit(workbook);
    bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  }
  await fs.writeFile(file, bytes);
  return { dir, file };
}

/** The folder's files and their bytes, to show that a refused command changed nothing. */
export function folderState(dir: string): Record<string, string> {
  return Object.fromEntries(readdirSync(dir).map((name) => [name, readFileSync(path.join(dir, name)).toString("base64")]));
}
