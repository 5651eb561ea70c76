/**
 * What the task pane (and the ribbon) may ask of the Excel they run in: the whole pane↔host
 * interface, as types only. The pane never touches `Excel`; `createExcelPlanHost` (excelPlanHost.ts)
 * implements this on top of src/excel's renderer and reader and src/plan's validation, and tests
 * pass an in-memory fake. Inputs and results are plain data; every function is async because each
 * is a round trip to Excel. A failure is a UserError whose `text` says, in Danish and English, what
 * happened and what to do; nothing the user typed in the pane is consumed by a failed call.
 */
import type { Deviation, Lang, Offset, PhaseId, Text } from "../model/types";
import type { RolloutPlan } from "../plan/rollup/rollout";
import type { Finding, Gate } from "../plan/validation/types";
import type { WorkbookDescription } from "../workbook/types";

/** Where Excel runs; "unknown" for platforms Office may add later. */
export type HostPlatform = "web" | "windows" | "mac" | "ios" | "android" | "unknown";

export interface HostDescription {
  platform: HostPlatform;
  /** The newest ExcelApi requirement set this Excel supports, e.g. "1.17". */
  excelApi: string;
}

/** Tells the caller what a running operation is doing now, e.g. "Skriver planen i Excel". */
export type Progress = (step: Text) => void;

/** What a plan is made from, as the pane's form gives it. */
export interface PlanRequest {
  /** Four-digit municipality code, e.g. "0751". */
  municipalityCode: string;
  /** The shared IT solution, e.g. "SAPA"; "" for none. */
  solution: string;
  wave?: number;
  /** yyyy-mm-dd */
  goLive: string;
  /** The workbook's language (headers, status words); an update keeps the workbook's own. */
  lang: Lang;
  /** Only the phases whose start differs from the model's default. */
  phaseStarts: Partial<Record<PhaseId, Offset>>;
  /** Documented departures, e.g. { field: "phaseStarts.F1", description, approvedBy }. */
  deviations: Deviation[];
}

/** The plan already in the workbook, for filling in the form before an update. */
export interface ExistingPlan {
  lang: Lang;
  municipalityCode?: string;
  municipalityName?: string;
  solution?: string;
  wave?: number;
  /** yyyy-mm-dd; absent when the go-live cell holds no usable date (see goLiveProblem). */
  goLive?: string;
  goLiveProblem?: Text;
  phaseStarts: Partial<Record<PhaseId, Offset>>;
  deviations: Deviation[];
  /** Task and criteria rows: how much a live check has to read. */
  rows: number;
}

/** A phase's first and last day, yyyy-mm-dd. */
export interface PhaseDates {
  phase: PhaseId;
  start: string;
  end: string;
}

export interface CreateResult {
  windows: PhaseDates[];
  /** Features left out or finishing steps that failed, one sentence each; the plan itself is made. */
  notes: Text[];
}

export interface UpdateResult {
  goLive: string;
  windows: PhaseDates[];
  /** What the update could not do in the open workbook, and what to do about it. */
  notes: Text[];
}

export interface ValidationReport {
  findings: Finding[];
  gates: Gate[];
  /** The workbook's language. */
  lang: Lang;
  /** The day deadlines were checked against, yyyy-mm-dd. */
  checkedOn: string;
  /** Task and criteria rows read. */
  rows: number;
}

/** A line written above the findings on the Validering sheet (the ribbon's way to report). */
export interface SheetMessage {
  intent: "error" | "info";
  text: Text;
}

export interface ValidationSheetInput {
  report?: ValidationReport;
  messages?: SheetMessage[];
}

/** A cell range someone changed in a task or criteria table. */
export interface CellChange {
  sheet: string;
  /** A1 range on `sheet`, e.g. "H5" or "D7:E9". */
  address: string;
}

export type Unsubscribe = () => void;

/** What writing a rollup (Udrulningsstatus) into the open workbook did. */
export interface RollupWriteResult {
  /** The sheets written, in the workbook's order; the PivotTable's sheet last when one was made. */
  sheets: string[];
  /** Sheets of an earlier rollup that were replaced (deleted before the new ones were written). */
  replaced: string[];
  /** Sheets kept as they were: the consultant's own Udrulning sheet, when the workbook had one. */
  kept: string[];
  /** The PivotTable (wave × phase × status) was made. */
  pivot: boolean;
  /** What was left out or failed at the end (no PivotTable on ExcelApi 1.7, …), one sentence each. */
  notes: Text[];
}

export interface PlanHost {
  /** Which Excel the pane runs in and which Excel API it offers. */
  describe(): Promise<HostDescription>;
  /** The plan in the open workbook, or null when it holds none. */
  hasPlan(): Promise<ExistingPlan | null>;
  /** Writes a new plan into the open workbook; refuses when one is already there. */
  createPlan(request: PlanRequest, progress?: Progress): Promise<CreateResult>;
  /** Moves the existing plan's dates (go-live, phase starts) and front-sheet fields; keeps every entry. */
  updatePlan(request: PlanRequest, progress?: Progress): Promise<UpdateResult>;
  /** Reads the open workbook and checks it against the model and its variant. */
  readAndValidate(options?: { today?: Date }, progress?: Progress): Promise<ValidationReport>;
  /** Shows a cell to the user: activates its sheet and selects it. */
  selectCell(sheet: string, address: string): Promise<void>;
  /** Writes (or rewrites) the Validering sheet and shows it; resolves with its name. */
  writeValidationSheet(input: ValidationSheetInput, progress?: Progress): Promise<{ sheet: string }>;
  /** Calls `onChange` when someone edits a plan table; resolves with a function that stops it. */
  watchChanges(onChange: (changes: CellChange[]) => void): Promise<Unsubscribe>;
  /** The rollout (waves, municipalities, go-lives) in the open workbook's Udrulning table; null when it has none. */
  readRollout(): Promise<RolloutPlan | null>;
  /**
   * Writes a rollup description (buildRollupWorkbook) into the open workbook, replacing an earlier
   * rollup's sheets and never touching other sheets; an existing Udrulning sheet is kept as it is.
   * Adds a PivotTable where Excel supports it (ExcelApi 1.8), else says so in `notes`.
   */
  writeRollup(description: WorkbookDescription, progress?: Progress): Promise<RollupWriteResult>;
}
