/**
 * The pane's view of Excel: the `PlanHost` interface lives in src/excel/planHost.ts (types only), so
 * the pane, the ribbon and src/excel's adapter share one definition. Re-exported here so pane code
 * imports from one place.
 */
export type {
  CellChange,
  CreateResult,
  ExistingPlan,
  HostDescription,
  HostPlatform,
  PhaseDates,
  PlanHost,
  PlanRequest,
  Progress,
  RollupWriteResult,
  SheetMessage,
  Unsubscribe,
  UpdateResult,
  ValidationReport,
  ValidationSheetInput,
} from "../excel/planHost";
