/**
 * The task pane's PlanHost (createExcelPlanHost, the real Office.js adapter) on the strict fake
 * Excel host. The fake does not calculate: formula cells answer with the results cached by the
 * description of the plan created last, as in test/addin.
 */
import { createExcelPlanHost } from "../../../src/excel/excelPlanHost";
import { planInputOf } from "../../../src/excel/excelPlanHostRequest";
import type { PlanHost, PlanRequest } from "../../../src/excel/planHost";
import { buildPlanWorkbook } from "../../../src/workbook/build";
import { cachedResults } from "../../excel/support/evaluate";
import { FakeExcel } from "../../fakes/host";
import type { Evaluate } from "../../fakes/runtime";

export const REQUEST: PlanRequest = { municipalityCode: "0751", solution: "SAPA", wave: 1, goLive: "2027-03-01", lang: "da", phaseStarts: {}, deviations: [] };

export function fakePlanHost(): { excel: FakeExcel; host: PlanHost } {
  let evaluate: Evaluate = () => 0;
  const excel = new FakeExcel({ evaluate: (formula, sheet, address) => evaluate(formula, sheet, address) });
  const inner = createExcelPlanHost(excel.run, () => true);
  const host: PlanHost = {
    ...inner,
    async createPlan(request, progress) {
      // Cached results first: a failed creation may have written some of the plan.
      evaluate = cachedResults(buildPlanWorkbook(planInputOf(request)));
      return inner.createPlan(request, progress);
    },
  };
  return { excel, host };
}
