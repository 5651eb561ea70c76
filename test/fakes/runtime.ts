/**
 * What outlives one `run`: the workbook, the host's API version, the sync and payload counters and
 * the injected faults. Tests read it through the host's inspection API.
 */
import type { Scalar } from "./typedInput";
import type { WorkbookState } from "./state";
import { FakeOfficeError, officeErrors } from "./errors";
import { TableEvents } from "./events";

export interface SyncRecord {
  /** 1-based number of this round trip across all runs. */
  index: number;
  actions: number;
  /** JSON size of the queued actions and the values they send. */
  requestBytes: number;
  /** JSON size of what the loads in this sync brought back. */
  responseBytes: number;
  /** Index of the action that suspended API calculation in this sync, if any. */
  suspendedCalculationAt?: number;
  /** The first action that wrote to a cell, for checking that calculation was suspended first. */
  firstCellWriteAt?: number;
  error?: string;
}

export interface Fault {
  code: string;
  message: string;
  /** Apply this many actions of the batch before failing (Excel does not roll back); default 0. */
  afterActions?: number;
}

/** Computes a formula cell's value; the fake has no calculation engine of its own. */
export type Evaluate = (formula: string, sheet: string, address: string) => Scalar | null;

const minor = (version: string) => Number(version.split(".")[1] ?? 0);

export class Runtime {
  syncCalls = 0;
  readonly syncs: SyncRecord[] = [];
  /** Event handlers outlive the batch that added them, as in Excel. */
  readonly tableEvents = new TableEvents();
  private readonly faults = new Map<number, Fault>();

  constructor(
    readonly workbook: WorkbookState,
    readonly apiVersion: string,
    readonly evaluate: Evaluate,
  ) {}

  get roundTrips(): number {
    return this.syncs.length;
  }

  /** Makes round trip `n` (1-based, counted across runs) reject with an Office-like error. */
  failSync(n: number, fault: Fault): void {
    this.faults.set(n, fault);
  }

  faultFor(n: number): Fault | undefined {
    return this.faults.get(n);
  }

  /** Throws Excel's ApiNotFound when the host is older than `version` ("1.8"). */
  requireApi(member: string, version: string): void {
    if (minor(version) > minor(this.apiVersion)) throw officeErrors.apiNotFound(member, version);
  }

  static error(fault: Fault): FakeOfficeError {
    return new FakeOfficeError(fault.code, fault.message);
  }
}
