/**
 * Returned plans as the browser hands them to the pane: File objects holding .xlsx bytes made in
 * the test with the project's own builder and ExcelJS renderer, and a file that is no workbook.
 */
import { resolveMunicipality } from "../../../src/model";
import { DEFAULT_VARIANT } from "../../../src/model/variant";
import type { Lang } from "../../../src/model/types";
import { parseIsoDate } from "../../../src/plan/dates";
import { buildPlanWorkbook } from "../../../src/workbook/build";
import { planFileName } from "../../../src/workbook/fileName";
import { renderXlsx } from "../../../src/xlsx/render";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function planBytes(municipality: string, options: { wave?: number; goLive?: string; lang?: Lang } = {}): Promise<Uint8Array> {
  const description = buildPlanWorkbook({
    goLive: parseIsoDate(options.goLive ?? "2027-03-01"),
    lang: options.lang ?? "da",
    variant: DEFAULT_VARIANT,
    municipality: resolveMunicipality(municipality),
    solution: "SAPA",
    wave: options.wave ?? 1,
  });
  return new Uint8Array(await renderXlsx(description));
}

/** A plan file named as `implan generate` names it, unless `name` says otherwise. */
export async function planFile(municipality: string, name?: string, options: { wave?: number; goLive?: string } = {}): Promise<File> {
  const m = resolveMunicipality(municipality);
  return new File([(await planBytes(municipality, options)) as Uint8Array<ArrayBuffer>], name ?? planFileName(m.code, m.name), { type: XLSX });
}

/** Text saved with an .xlsx name: what a broken download or a mislabelled file looks like. */
export function brokenFile(name = "noter.xlsx"): File {
  return new File(["Dette er ikke et regneark"], name, { type: XLSX });
}
