/**
 * How src/excel reaches Excel: an `ExcelRun` (production passes `Excel.run`, tests the fake host's
 * `run`) and a `Supports` check for requirement sets above the manifest's minimum, ExcelApi 1.7.
 */

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** True when the host offers ExcelApi `version` ("1.8"). */
export type Supports = (version: string) => boolean;

/** The manifest's minimum: everything up to this set may be used without asking. */
export const MINIMUM_EXCEL_API = "1.7";

/** The minor number of "1.8" → 8, for comparing requirement-set versions. */
export function apiMinor(version: string): number {
  const match = /^1\.(\d+)$/.exec(version);
  if (!match) throw new Error(`Not an ExcelApi version: ${version}`);
  return Number(match[1]);
}

/**
 * The check Office itself offers. Outside Office (no `Office` global) only the minimum is assumed,
 * so features above it are skipped and reported rather than failing mid-way.
 */
export const officeSupports: Supports = (version) => {
  if (typeof Office === "undefined" || !Office.context?.requirements) return apiMinor(version) <= apiMinor(MINIMUM_EXCEL_API);
  return Office.context.requirements.isSetSupported("ExcelApi", version);
};

/** Production's `ExcelRun`: Office's own `Excel.run`, so the pane never has to name `Excel`. */
export const officeRun: ExcelRun = (batch) => Excel.run(batch);
