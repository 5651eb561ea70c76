/**
 * The real adapter (createExcelPlanHost) on the strict fake Excel host from test/fakes. The fake
 * does not calculate, so formula cells answer with the results the plan's description caches for
 * file viewers: the evaluator follows whichever plan was created last.
 */
import { createExcelPlanHost } from "../../../src/excel/excelPlanHost";
import { planInputOf } from "../../../src/excel/excelPlanHostRequest";
import type { PlanHost, PlanRequest } from "../../../src/excel/planHost";
import { buildPlanWorkbook } from "../../../src/workbook/build";
import { FakeExcel, type FakeExcelOptions } from "../../fakes/host";
import type { Evaluate } from "../../fakes/runtime";
import { cachedResults } from "../../excel/support/evaluate";

export interface FakeExcelPlanHost {
  excel: FakeExcel;
  host: PlanHost;
}

export function fakeExcelPlanHost(options: Omit<FakeExcelOptions, "evaluate"> = {}): FakeExcelPlanHost {
  let evaluate: Evaluate = () => 0;
  const excel = new FakeExcel({ ...options, evaluate: (formula, sheet, address) => evaluate(formula, sheet, address) });
  const minor = Number((options.apiVersion ?? "1.17").split(".")[1]);
  const inner = createExcelPlanHost(excel.run, (version) => Number(version.split(".")[1]) <= minor);
  const host: PlanHost = {
    ...inner,
    async createPlan(request: PlanRequest, progress) {
      const result = await inner.createPlan(request, progress);
      evaluate = cachedResults(buildPlanWorkbook(planInputOf(request)));
      return result;
    },
  };
  return { excel, host };
}

export const AARHUS: PlanRequest = {
  municipalityCode: "0751",
  solution: "SAPA",
  wave: 1,
  goLive: "2027-03-01",
  lang: "da",
  phaseStarts: {},
  deviations: [],
};
