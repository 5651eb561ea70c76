/**
 * Reads the returned plans the consultant picked, one file at a time, in the browser: the bytes are
 * checked first (not a workbook, encrypted, a zip bomb: no spreadsheet code needed to say so), then
 * ExcelJS reads and validation checks each plan in the lazily loaded chunk, and only its small
 * summary is kept. Then the reads are rolled up with the workbook's own rollout, when it has one.
 */
import { isUserError } from "../../model/errors";
import type { Text } from "../../model/types";
import { aggregateRollup } from "../../plan/rollup/aggregate";
import type { RolloutPlan } from "../../plan/rollup/rollout";
import type { FileRead, RollupResult } from "../../plan/rollup/types";
import { checkXlsxBytes } from "../../xlsx/xlsxBytes";
import type { PlanHost, Progress } from "../host";
import { type XlsxChunk, loadXlsx } from "./loadXlsx";
import { ROLLOUT_STRINGS, bothLanguages } from "./strings";

export interface ReadOutcome {
  result: RollupResult;
  /** The open workbook's rollout, used for waves and missing municipalities; null when it has none. */
  rollout: RolloutPlan | null;
}

/** A picked file's bytes, through FileReader: every webview Office runs the pane in has it. */
export function fileBytes(file: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsArrayBuffer(file);
  });
}

/** The file as bytes after the byte checks, or why it is not a plan to read. */
async function checkedBytes(file: File): Promise<Uint8Array | Text> {
  try {
    const bytes = await fileBytes(file);
    await checkXlsxBytes(bytes, file.name);
    return bytes;
  } catch (error) {
    if (isUserError(error)) return error.text;
    // The browser could not read the file (moved or deleted since it was picked): that file's problem.
    const message = error instanceof Error ? error.message : String(error);
    return { da: `${file.name} kunne ikke læses: ${message}`, en: `${file.name} could not be read: ${message}` };
  }
}

export async function readReturnedPlans(host: PlanHost, files: readonly File[], today: Date, progress: Progress, load: () => Promise<XlsxChunk> = loadXlsx): Promise<ReadOutcome> {
  progress({ da: ROLLOUT_STRINGS.da.readingRollout, en: ROLLOUT_STRINGS.en.readingRollout });
  const rollout = await host.readRollout();
  const reads: FileRead[] = [];
  for (const [i, file] of files.entries()) {
    progress(bothLanguages((t) => t.readingFile, i + 1, files.length, file.name));
    const bytes = await checkedBytes(file);
    if (!(bytes instanceof Uint8Array)) {
      reads.push({ name: file.name, kind: "unreadable", reason: bytes });
      continue;
    }
    // Not caught: a chunk that does not load fails the whole read, to be tried again.
    const { readPlanForRollup } = await load();
    reads.push(await readPlanForRollup(file.name, bytes, { today }));
  }
  progress({ da: ROLLOUT_STRINGS.da.summing, en: ROLLOUT_STRINGS.en.summing });
  return { result: aggregateRollup(reads, { asOf: today, rollout: rollout ?? undefined }), rollout };
}
