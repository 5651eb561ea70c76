/**
 * The Office.js host: the only place in the project that calls Excel.run (through an `ExcelRun`).
 * The task pane gets these functions through its PlanHost; tests pass the fake host's `run`.
 */
export { type ExcelRun, MINIMUM_EXCEL_API, type Supports, officeRun, officeSupports } from "./host";
export { ExcelHostError, toUserError } from "./errors";
export { type RenderOptions, type RenderResult, SKIPPED_TEXT, type SkippedFeature, renderDescription } from "./render";
export { PLAN_EXISTS } from "./preflight";
export { MAX_SHEETS, contractTableNames, readPlanSnapshot, readPlanView } from "./readView";
export { type ReplanRequest, type ReplanResult, type ReplanWorkbookOptions, replanWorkbook } from "./replan";
