/**
 * The deterministic figures: round trips (syncs) and payload bytes of the add-in's operations, run
 * with the project's Office.js code against the strict fake Excel host (test/fakes), which counts
 * each sync and the JSON size of what it sends and brings back. Shared with test/bench/counts.test.ts.
 */
import { renderDescription } from "../../src/excel";
import { createExcelPlanHost } from "../../src/excel/excelPlanHost";
import type { PlanRequest } from "../../src/excel/planHost";
import { parseIsoDate } from "../../src/plan/dates";
import { buildPlanWorkbook } from "../../src/workbook/build";
import { cellAddress, parseAddress } from "../../src/workbook/address";
import { TASK_COLUMNS, header } from "../../src/workbook/layout";
import type { WorkbookDescription } from "../../src/workbook/types";
import { rollupFiles } from "../../src/xlsx/rollupFiles";
import { cachedResults } from "../../test/excel/support/evaluate";
import { FakeExcel } from "../../test/fakes/host";
import { type PlanFile, TODAY, planInput, seeded, variantWithLocalTasks } from "./plans";

/** Excel on the web and Microsoft 365 offer every requirement set: nothing is skipped. */
const allSupported = () => true;

export interface OperationCount {
  /** Round trips to the host, Excel.run's own closing sync included when it sends anything. */
  roundTrips: number;
  /** Calls to context.sync() in the project's code. */
  syncCalls: number;
  /** Everything sent and brought back, summed over the round trips. */
  payloadBytes: number;
  /** The largest single request or response. */
  maxPayloadBytes: number;
}

function countOf(excel: FakeExcel): OperationCount {
  const stats = excel.stats();
  return {
    roundTrips: stats.roundTrips,
    syncCalls: stats.syncCalls,
    payloadBytes: stats.syncs.reduce((sum, s) => sum + s.requestBytes + s.responseBytes, 0),
    maxPayloadBytes: Math.max(stats.maxRequestBytes, stats.maxResponseBytes),
  };
}

/** Writing a whole plan description into a workbook that holds only the blank "Ark1". */
export async function countRender(description: WorkbookDescription): Promise<OperationCount> {
  const excel = new FakeExcel();
  await renderDescription(excel.run, description, { supports: allSupported });
  return countOf(excel);
}

/** What the pane's form sends for Aarhus's plan, with go-live moved to `goLive`. */
function request(goLive: string): PlanRequest {
  return { municipalityCode: "0751", solution: "SAPA", wave: 1, goLive, lang: "da", phaseStarts: {}, deviations: [] };
}

/** A plan in the fake workbook, then statuses and dates typed into its task tables as a user does. */
async function filledWorkbook(): Promise<FakeExcel> {
  const description = buildPlanWorkbook(planInput());
  const excel = new FakeExcel({ evaluate: cachedResults(description) });
  await renderDescription(excel.run, description, { supports: allSupported });
  const next = seeded(1);
  const statuses = ["Ikke startet", "I gang", "Fuldført", "Ikke relevant"];
  for (const sheet of description.sheets) {
    for (const table of sheet.tables) {
      const status = table.columns.findIndex((c) => c.header === header(TASK_COLUMNS, "status", "da"));
      const completed = table.columns.findIndex((c) => c.header === header(TASK_COLUMNS, "completed", "da"));
      if (status < 0 || completed < 0) continue;
      const { row, column } = parseAddress(table.topLeft);
      table.rows.forEach((_, r) => {
        const typed = statuses[Math.floor(next() * statuses.length)];
        excel.typeInto(sheet.name, cellAddress(column + status, row + 1 + r), typed);
        if (typed === "Fuldført") excel.typeInto(sheet.name, cellAddress(column + completed, row + 1 + r), 46300);
      });
    }
  }
  excel.resetStats();
  return excel;
}

/** The pane's "Valider": read the filled plan and run the rules. */
export async function countValidate(): Promise<OperationCount> {
  const excel = await filledWorkbook();
  await createExcelPlanHost(excel.run, allSupported).readAndValidate({ today: parseIsoDate(TODAY) });
  return countOf(excel);
}

/** The pane's "Opdater plan": go-live moves six months; every entry stays. */
export async function countUpdate(): Promise<OperationCount> {
  const excel = await filledWorkbook();
  await createExcelPlanHost(excel.run, allSupported).updatePlan(request("2027-09-01"));
  return countOf(excel);
}

/** The pane's rollup: the workbook of `plans` (read, validated, aggregated) written into a blank workbook. */
export async function countRollup(plans: PlanFile[]): Promise<OperationCount> {
  const { description } = await rollupFiles(plans, { today: parseIsoDate(TODAY), render: false });
  const excel = new FakeExcel();
  await createExcelPlanHost(excel.run, allSupported).writeRollup(description);
  return countOf(excel);
}

export interface Counts {
  generate: OperationCount;
  local500: OperationCount;
  validate: OperationCount;
  update: OperationCount;
  rollup98: OperationCount;
}

export async function measureCounts(plans: PlanFile[]): Promise<Counts> {
  return {
    generate: await countRender(buildPlanWorkbook(planInput())),
    local500: await countRender(buildPlanWorkbook(planInput(variantWithLocalTasks(500)))),
    validate: await countValidate(),
    update: await countUpdate(),
    rollup98: await countRollup(plans),
  };
}
