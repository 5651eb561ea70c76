/**
 * The rollup part of the task pane's PlanHost on Office.js: reading the open workbook's rollout
 * (rolloutRead.ts) and writing a rollup into it (rollupWrite.ts). Kept apart from excelPlanHost.ts,
 * which only spreads these in.
 */
import type { Supports, ExcelRun } from "./host";
import type { PlanHost } from "./planHost";
import { readOpenRollout } from "./rolloutRead";
import { writeRollup } from "./rollupWrite";

export function rollupMethods(run: ExcelRun, supports: Supports): Pick<PlanHost, "readRollout" | "writeRollup"> {
  return {
    readRollout: () => readOpenRollout(run),
    writeRollup: (description, progress) => writeRollup(run, description, { supports, progress }),
  };
}
