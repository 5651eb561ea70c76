/**
 * One returned plan for the rollup: bytes → archive check → ExcelJS → snapshot → validation →
 * summary. Anything that stops a file (not a workbook, a zip bomb, not a plan, a newer model, a
 * broken stored variant) becomes an "unreadable" FileRead with the reason, so the others go on.
 * Only the small summary is kept: the ExcelJS workbook is dropped before the next file is read.
 */
import { isUserError } from "../model/errors";
import type { Text } from "../model/types";
import { storedVariant } from "../plan/storedVariant";
import { summarizePlan } from "../plan/rollup/summarize";
import type { FileRead } from "../plan/rollup/types";
import { validatePlan } from "../plan/validation";
import { findMetaTable, readMeta } from "../workbook/readMeta";
import { readSnapshot } from "../workbook/readSnapshot";
import type { ArchiveLimits } from "./archiveLimits";
import { withoutUnreadSheets } from "./unreadSheets";
import { loadWorkbook, workbookView } from "./workbookRead";

export interface PlanReadOptions {
  /** The as-of date validation counts overdue tasks from (UTC midnight). */
  today: Date;
  limits?: Partial<ArchiveLimits>;
}

/** Why a file could not be read, as the Filer table says it. */
export function reasonOf(error: unknown): Text {
  if (isUserError(error)) return error.text;
  // Not the user's mistake but a bug or an exotic file: still one file's problem, not the batch's.
  const message = error instanceof Error ? error.message : String(error);
  return { da: `Uventet fejl under læsningen: ${message}`, en: `Unexpected error while reading: ${message}` };
}

/** `bytes` loads them on demand, so a caller can hand over paths without holding every file. */
export async function readPlanForRollup(name: string, bytes: Uint8Array | (() => Promise<Uint8Array>), options: PlanReadOptions): Promise<FileRead> {
  let modelVersion: string | undefined;
  try {
    const data = typeof bytes === "function" ? await bytes() : bytes;
    const view = workbookView(await loadWorkbook(data, name, options.limits, withoutUnreadSheets), name);
    modelVersion = readMeta(findMetaTable(view)).modelVersion;
    const snapshot = readSnapshot(view);
    const validation = validatePlan(snapshot, { variant: storedVariant(snapshot.variantJson, name), today: options.today });
    return { name, kind: "plan", plan: summarizePlan(snapshot, validation) };
  } catch (error) {
    const read: FileRead = { name, kind: "unreadable", reason: reasonOf(error) };
    return modelVersion ? { ...read, modelVersion } : read;
  }
}
