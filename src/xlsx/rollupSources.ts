/**
 * The rollup on byte sources, one file at a time: read and validate each (reporting progress),
 * aggregate, describe the consolidated workbook and, if asked, render it to .xlsx bytes. No file
 * system here, so the add-in can pass files picked in the browser.
 */
import type { Lang, Text } from "../model/types";
import { todayCivil } from "../plan/dates";
import { aggregateRollup } from "../plan/rollup/aggregate";
import { rollupCounts, type RollupCounts } from "../plan/rollup/metrics";
import type { RolloutPlan } from "../plan/rollup/rollout";
import type { FileRead, RollupResult } from "../plan/rollup/types";
import { buildRollupWorkbook } from "../workbook/rollup/build";
import type { WorkbookDescription } from "../workbook/types";
import type { ArchiveLimits } from "./archiveLimits";
import { renderXlsx } from "./render";
import { readPlanForRollup } from "./rollupRead";

export type RollupSource =
  /** A plan file: its bytes, or a function that loads them when its turn comes. */
  | { name: string; bytes: Uint8Array | ArrayBuffer | (() => Promise<Uint8Array>) }
  /** A file passed over without reading (e.g. not a workbook), and why. */
  | { name: string; skip: Text };

export interface RollupProgress {
  /** 1-based. */
  index: number;
  total: number;
  read: FileRead;
}

export interface RollupOptions {
  rollout?: RolloutPlan;
  /** The as-of date (UTC midnight) for overdue tasks and next transitions; default today. */
  today?: Date;
  lang?: Lang;
  limits?: Partial<ArchiveLimits>;
  onProgress?: (progress: RollupProgress) => void;
  /** Also render the workbook to .xlsx bytes (default true). */
  render?: boolean;
}

export interface RollupOutput {
  result: RollupResult;
  counts: RollupCounts;
  description: WorkbookDescription;
  /** The consolidated workbook, unless `render: false`. */
  xlsx?: Uint8Array;
}

function bytesOf(source: { bytes: Uint8Array | ArrayBuffer | (() => Promise<Uint8Array>) }): Uint8Array | (() => Promise<Uint8Array>) {
  return source.bytes instanceof ArrayBuffer ? new Uint8Array(source.bytes) : source.bytes;
}

export async function rollupSources(sources: RollupSource[], options: RollupOptions): Promise<RollupOutput> {
  const today = options.today ?? todayCivil();
  const reads: FileRead[] = [];
  for (const [i, source] of sources.entries()) {
    const read: FileRead =
      "skip" in source ? { name: source.name, kind: "skipped", reason: source.skip } : await readPlanForRollup(source.name, bytesOf(source), { today, limits: options.limits });
    reads.push(read);
    options.onProgress?.({ index: i + 1, total: sources.length, read });
  }
  const result = aggregateRollup(reads, { asOf: today, rollout: options.rollout });
  const description = buildRollupWorkbook(result, options.lang ?? "da");
  const output: RollupOutput = { result, counts: rollupCounts(result), description };
  if (options.render !== false) output.xlsx = await renderXlsx(description);
  return output;
}
