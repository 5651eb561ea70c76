/**
 * An in-memory PlanHost for the pane's component tests: every method is a jest mock with a
 * plausible default, `emit` plays an edit to a plan table, and `deferred` holds an operation open.
 */
import type { RolloutPlan } from "../../../src/plan/rollup/rollout";
import type { CellChange, CreateResult, ExistingPlan, PlanHost, PlanRequest, Progress, RollupWriteResult, ValidationReport, ValidationSheetInput } from "../../../src/taskpane/host";
import type { WorkbookDescription } from "../../../src/workbook/types";

export interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: unknown): void;
}

export function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export const PRJ = "Projektstyring og -ledelse";

export function sampleReport(overrides: Partial<ValidationReport> = {}): ValidationReport {
  return {
    lang: "da",
    checkedOn: "2026-11-26",
    rows: 52,
    findings: [
      { rule: "status-value", severity: "error", sheet: PRJ, cell: "H5", task: "PRJ-01", message: { da: 'Status "Færdig" er ikke en af værdierne.', en: 'Status "Færdig" is not one of the values.' } },
      { rule: "overdue", severity: "warning", sheet: PRJ, cell: "G7", task: "PRJ-03", message: { da: "Deadline er overskredet.", en: "The deadline has passed." } },
      { rule: "justification-missing", severity: "warning", sheet: "Fase 1 Opstart", cell: "D6", task: "F1-K2", message: { da: "Delvist opfyldt uden begrundelse.", en: "Partly met without a justification." } },
    ],
    gates: [
      { transition: "F1-F2", ready: false, reasons: [{ da: "F1-K1 er ikke vurderet", en: "F1-K1 is not assessed" }], startedInNextPhase: [] },
      { transition: "F2-F3", ready: true, reasons: [{ da: "alle 6 succeskriterier for Fase 2 Forberedelse er opfyldt", en: "all 6 success criteria are met" }], startedInNextPhase: [] },
      { transition: "F3-F4", ready: false, reasons: [{ da: "F3-K1 er ikke opfyldt", en: "F3-K1 is not met" }], startedInNextPhase: [] },
    ],
    ...overrides,
  };
}

export function samplePlan(overrides: Partial<ExistingPlan> = {}): ExistingPlan {
  return { lang: "da", municipalityCode: "0751", municipalityName: "Aarhus", solution: "SAPA", wave: 2, goLive: "2027-03-01", phaseStarts: {}, deviations: [], rows: 52, ...overrides };
}

export type MemoryHost = { [K in keyof PlanHost]: jest.Mock<ReturnType<PlanHost[K]>, Parameters<PlanHost[K]>> } & {
  /** Plays an edit to a plan table to every live-check listener. */
  emit(changes: CellChange[]): void;
  listeners: Set<(changes: CellChange[]) => void>;
};

export function memoryHost(): MemoryHost {
  const listeners = new Set<(changes: CellChange[]) => void>();
  const windows = [
    { phase: "F1" as const, start: "2026-06-01", end: "2026-08-31" },
    { phase: "F2" as const, start: "2026-09-01", end: "2027-02-28" },
    { phase: "F3" as const, start: "2027-03-01", end: "2027-03-14" },
    { phase: "F4" as const, start: "2027-03-15", end: "2028-03-14" },
  ];
  return {
    listeners,
    emit: (changes) => listeners.forEach((listener) => listener(changes)),
    describe: jest.fn(async () => ({ platform: "web" as const, excelApi: "1.17" })),
    hasPlan: jest.fn(async (): Promise<ExistingPlan | null> => null),
    createPlan: jest.fn(async (_request: PlanRequest, _progress?: Progress): Promise<CreateResult> => ({ windows, notes: [] })),
    updatePlan: jest.fn(async (request) => ({ goLive: request.goLive, windows, notes: [] })),
    readAndValidate: jest.fn(async (_options?: { today?: Date }, _progress?: Progress) => sampleReport()),
    selectCell: jest.fn(async (_sheet: string, _address: string): Promise<void> => undefined),
    writeValidationSheet: jest.fn(async (_input: ValidationSheetInput, _progress?: Progress) => ({ sheet: "Validering" })),
    watchChanges: jest.fn(async (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
    readRollout: jest.fn(async (): Promise<RolloutPlan | null> => null),
    writeRollup: jest.fn(async (description: WorkbookDescription, _progress?: Progress): Promise<RollupWriteResult> => ({
      sheets: description.sheets.map((s) => s.name),
      replaced: [],
      kept: [],
      pivot: true,
      notes: [],
    })),
  };
}

/**
 * For tests of failure paths: the pane logs each failure with console.error (besides showing it);
 * this keeps the test output clean and lets the test check that it was logged.
 */
export function expectLoggedErrors(): { logged: () => number; restore: () => void } {
  const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
  return { logged: () => spy.mock.calls.length, restore: () => spy.mockRestore() };
}
