/**
 * A strict in-memory Excel host for tests: `run` has the shape of `Excel.run`, so src/excel runs
 * against it unchanged. See object.ts for the rules it enforces, `stats()` for the sync and payload
 * counts, `failSync` for fault injection and `inspect` for reading the workbook back.
 */
import { parseRect } from "./a1";
import { writeInputs } from "./cellWrites";
import { FakeContext } from "./context";
import { notModelled } from "./errors";
import { Inspector } from "./inspect";
import { type Evaluate, type Fault, Runtime, type SyncRecord } from "./runtime";
import { type WorkbookState, emptyWorkbook, newSheet, sameName } from "./state";
import { FakeApplication, FakeWorkbook } from "./workbook";

export interface FakeExcelOptions {
  /** The sheets a new workbook starts with; Excel always has at least one. */
  sheets?: string[];
  /** The newest ExcelApi set the host supports, e.g. "1.7" for perpetual Office 2019. */
  apiVersion?: string;
  /** What formula cells read back as; the fake does not calculate. Default 0. */
  evaluate?: Evaluate;
}

export interface SyncStats {
  /** Calls to `context.sync()` by the code under test (not Excel.run's own final one). */
  syncCalls: number;
  /** Syncs that went to the host (had queued actions), including Excel.run's final one. */
  roundTrips: number;
  syncs: SyncRecord[];
  maxRequestBytes: number;
  totalRequestBytes: number;
  maxResponseBytes: number;
}

export type FakeRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

const ALLOWED_CONTEXT = new Set(["workbook", "application", "sync", "then", "toJSON", "asymmetricMatch", "nodeType", "$$typeof", "constructor"]);

export class FakeExcel {
  readonly host: Runtime;
  readonly inspect: Inspector;

  constructor(options: FakeExcelOptions = {}) {
    this.host = new Runtime(emptyWorkbook(options.sheets ?? ["Ark1"]), options.apiVersion ?? "1.17", options.evaluate ?? (() => 0));
    this.inspect = new Inspector(() => this.host.workbook);
  }

  get workbook(): WorkbookState {
    return this.host.workbook;
  }

  /** Like `Excel.run`: one context per batch, and a final sync of whatever is still queued. */
  readonly run: FakeRun = async (batch) => {
    const context = new FakeContext(this.host);
    context.workbook = new FakeWorkbook(context);
    context.application = new FakeApplication(context);
    const strictContext = new Proxy(context, {
      get(target, prop, receiver) {
        if (typeof prop === "symbol" || ALLOWED_CONTEXT.has(prop)) {
          const value = Reflect.get(target, prop, receiver);
          return typeof value === "function" ? value.bind(target) : value;
        }
        throw notModelled("RequestContext", prop);
      },
    });
    const result = await batch(strictContext as unknown as Excel.RequestContext);
    await context.send();
    return result;
  };

  stats(): SyncStats {
    const syncs = this.host.syncs.map((s) => ({ ...s }));
    return {
      syncCalls: this.host.syncCalls,
      roundTrips: syncs.length,
      syncs,
      maxRequestBytes: Math.max(0, ...syncs.map((s) => s.requestBytes)),
      totalRequestBytes: syncs.reduce((sum, s) => sum + s.requestBytes, 0),
      maxResponseBytes: Math.max(0, ...syncs.map((s) => s.responseBytes)),
    };
  }

  /** Forgets the counters (not the workbook), to measure one operation after a setup. */
  resetStats(): void {
    this.host.syncCalls = 0;
    this.host.syncs.length = 0;
  }

  /** Makes the nth round trip from now on (1-based, across runs) fail like Excel would. */
  failSync(n: number, fault: Fault): void {
    this.host.failSync(this.host.syncs.length + n, fault);
  }

  /** What a user does by typing into a cell (same rules as `range.values`). */
  typeInto(sheet: string, address: string, input: string | number | boolean): void {
    const s = this.workbook.sheets.find((x) => sameName(x.name, sheet));
    const rect = parseRect(address);
    if (!s || !rect) throw new Error(`no cell ${sheet}!${address}`);
    writeInputs(this.workbook, s, rect, [[input]], "typeInto");
    this.host.tableEvents.edited(this.workbook, s, rect);
  }

  /** Waits for the table-change handlers that typing started; rethrows what they threw. */
  settled(): Promise<void> {
    return this.host.tableEvents.settled();
  }

  /** Adds a sheet directly, for setting up a workbook before the code under test runs. */
  addSheet(name: string): void {
    this.workbook.sheets.push(newSheet(this.workbook, name));
  }
}
