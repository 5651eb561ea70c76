/**
 * `npm run bench`: what users wait for, measured on the project's own code. The add-in's round trips
 * and payloads come from the Office.js code against the strict fake Excel host; the CLI runs
 * in-process against ExcelJS on its own; the task pane is built for production and opened in
 * headless Chromium. Prints a table, then one JSON object as the very last line. Exits 0 even when a
 * budget is missed (this is a report); 1 when a figure could not be measured at all.
 *
 *   npm run bench              medians of more runs (about 2½ minutes on 2 cores)
 *   npm run bench -- --quick   fewer runs, the same keys (CI)
 */
import os from "node:os";
import { BUDGETS } from "./bench/budgets";
import { measureCliGenerate } from "./bench/cliGenerate";
import { measureCliRollup } from "./bench/cliRollup";
import { measureCounts } from "./bench/counts";
import { machineLine } from "./bench/machine";
import { type PlanFile, filledPlans } from "./bench/plans";
import { type Key, type Results, formatTable, jsonLine, missedLines } from "./bench/report";
import { measureTaskpane } from "./bench/taskpane";
import { measureValidate100k } from "./bench/validate100k";

const REPETITIONS = {
  full: { generatePairs: 41, generateWarmup: 5, rollupPairs: 5, validateRuns: 7, validateWarmup: 2, renderRuns: 7 },
  quick: { generatePairs: 15, generateWarmup: 3, rollupPairs: 3, validateRuns: 3, validateWarmup: 1, renderRuns: 3 },
};

const bytes = (n: number) => `${n.toLocaleString("en-US")} B`;
const ms = (n: number) => `${Math.round(n).toLocaleString("en-US")} ms`;
const progress = (text: string) => console.error(`bench: ${text}`);

async function main(): Promise<number> {
  const started = performance.now();
  const mode = process.argv.includes("--quick") ? "quick" : "full";
  const reps = REPETITIONS[mode];
  const load = os.loadavg().map((l) => l.toFixed(1)).join(" ");
  const results: Results = new Map();
  const failed: string[] = [];
  const put = (key: Key, value: number | null, note: string) => results.set(key, { key, value, budget: BUDGETS[key], note });

  /** Runs one measurement; if it throws, its keys are null with the reason, and the run fails. */
  async function step(name: string, keys: Key[], run: () => Promise<void>): Promise<void> {
    progress(name);
    try {
      await run();
    } catch (error) {
      const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
      failed.push(`${name}: ${reason}`);
      for (const key of keys) put(key, null, `not measured: ${reason}`);
    }
  }

  let plans: PlanFile[] = [];
  await step("98 filled plans", [], async () => {
    plans = await filledPlans();
  });

  await step("round trips against the fake Excel host", ["generate_syncs", "generate_payload_bytes", "validate_syncs", "update_syncs", "rollup98_syncs", "rollup98_max_payload_bytes", "syncs_500_local_tasks"], async () => {
    const c = await measureCounts(plans);
    put("generate_syncs", c.generate.roundTrips, "renderDescription of one plan: look, write, finish");
    put("generate_payload_bytes", c.generate.payloadBytes, `sent + received; largest single request ${bytes(c.generate.maxPayloadBytes)}`);
    put("validate_syncs", c.validate.roundTrips, `pane's readAndValidate on a filled plan; ${bytes(c.validate.maxPayloadBytes)} back`);
    put("update_syncs", c.update.roundTrips, "pane's updatePlan, go-live +6 months: read, write");
    put("rollup98_syncs", c.rollup98.roundTrips, "pane's writeRollup of the 98-plan rollup into a blank workbook");
    put("rollup98_max_payload_bytes", c.rollup98.maxPayloadBytes, "largest single request or response of that write");
    results.set("syncs_500_local_tasks", { key: "syncs_500_local_tasks", value: c.local500.roundTrips, budget: c.generate.roundTrips, note: `must equal generate_syncs; largest request ${bytes(c.local500.maxPayloadBytes)}` });
  });

  await step("implan generate against direct ExcelJS", ["cli_generate_ms", "cli_generate_ratio"], async () => {
    const r = await measureCliGenerate({ pairs: reps.generatePairs, warmup: reps.generateWarmup });
    put("cli_generate_ms", r.subjectMs, `one plan to .xlsx in-process, median of ${r.pairs.length}`);
    put("cli_generate_ratio", r.ratio, `÷ direct ExcelJS ${ms(r.baselineMs)}; median of ${r.pairs.length} interleaved pairs`);
  });

  await step("implan rollup of 98 plans against ExcelJS reading them", ["cli_rollup98_ms", "cli_rollup98_ratio"], async () => {
    const r = await measureCliRollup(plans, { pairs: reps.rollupPairs });
    put("cli_rollup98_ms", r.subjectMs, `98 filled plans to the rollup .xlsx in-process, median of ${r.pairs.length}`);
    put("cli_rollup98_ratio", r.ratio, `÷ ExcelJS only loading the 98 files ${ms(r.baselineMs)}; median of ${r.pairs.length} pairs`);
  });

  await step("validation rules over 100,000 task rows", ["validate_100k_rows_ms"], async () => {
    const r = await measureValidate100k({ runs: reps.validateRuns, warmup: reps.validateWarmup });
    put("validate_100k_rows_ms", r.ms, `validatePlan, ${r.rows.toLocaleString("en-US")} task rows, ${r.findings.toLocaleString("en-US")} findings; median of ${reps.validateRuns}`);
  });

  await step("task pane: production build and headless Chromium", ["taskpane_initial_js_gzip_bytes", "taskpane_first_render_ms"], async () => {
    const r = await measureTaskpane({ runs: reps.renderRuns });
    if (r.initial) put("taskpane_initial_js_gzip_bytes", r.initial.gzipBytes, `${r.initial.files.join(" + ")}; no exceljs (webpack.config.js fails the build if there is); office.js and lazy chunks not counted`);
    if (r.firstRenderMs !== undefined) put("taskpane_first_render_ms", r.firstRenderMs, `navigation start → frame after the pane's heading, outside Office; median of ${reps.renderRuns} cold loads`);
    if (r.problem) throw new Error(r.problem);
  });

  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  console.log(`Implementeringsplan bench (${mode}, ${seconds} s) on ${machineLine()}; load average ${load} at start`);
  console.log("");
  console.log(formatTable(results));
  console.log("");
  const missed = missedLines(results);
  console.log(missed.length > 0 ? missed.join("\n") : "Every budget met.");
  for (const failure of failed) console.log(`NOT MEASURED ${failure}`);
  console.log(jsonLine(results));
  return failed.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
