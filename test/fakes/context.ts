/**
 * The fake `Excel.RequestContext`: every proxy call queues an action; `sync()` sends the queue as
 * one round trip, counts it and its payload, runs the actions in order against the workbook and
 * only then hands loaded values to the proxies — so a read before load+sync throws, as in Excel.
 */
import type { FakeObject } from "./object";
import { Runtime, type SyncRecord } from "./runtime";
import { FakeOfficeError } from "./errors";

export interface Action {
  object: FakeObject;
  name: string;
  args?: unknown;
  run: () => void;
}

/** A load's result: its JSON-able data (for the response size) and how to hand it to the proxy. */
export interface LoadResult {
  data: unknown;
  apply: () => void;
}

// TextEncoder rather than Node's own byte counting, so the fake runs in a browser page as it is.
const utf8 = new TextEncoder();
const byteLength = (text: string) => utf8.encode(text).length;

function bytes(value: unknown): number {
  const replacer = (_key: string, v: unknown) => (v && typeof v === "object" && "path" in v && "typeName" in v ? { ref: (v as FakeObject).path } : v);
  return byteLength(JSON.stringify(value, replacer) ?? "");
}

export class FakeContext {
  private queue: Action[] = [];
  private created: FakeObject[] = [];
  private results: LoadResult[] = [];
  /** Set by the workbook module; typed loosely to keep this file free of the object graph. */
  workbook!: unknown;
  application!: unknown;

  private current?: { record: SyncRecord; index: number };

  constructor(readonly host: Runtime) {}

  /** Notes that the running action writes cells (for the calculation-suspension check). */
  noteCellWrite(): void {
    if (this.current && this.current.record.firstCellWriteAt === undefined) this.current.record.firstCellWriteAt = this.current.index;
  }

  /** Notes that the running action suspends API calculation until the next sync. */
  noteSuspendCalculation(): void {
    if (this.current) this.current.record.suspendedCalculationAt ??= this.current.index;
  }

  enqueue(action: Action): void {
    this.queue.push(action);
  }

  track(object: FakeObject): void {
    this.created.push(object);
  }

  addResult(result: LoadResult): void {
    this.results.push(result);
  }

  private readonly sentPaths = new Set<string>();

  /**
   * Office.js sends each object path once, as a step from its parent's path (referred to by id):
   * `worksheets.getItem("X").getRange("A1")` costs its last step plus a small reference.
   */
  private pathBytes(path: string): number {
    if (this.sentPaths.has(path)) return 0;
    this.sentPaths.add(path);
    for (let cut = path.lastIndexOf("."); cut > 0; cut = path.lastIndexOf(".", cut - 1)) {
      if (this.sentPaths.has(path.slice(0, cut))) return byteLength(path.slice(cut)) + 8;
    }
    return byteLength(path) + 8;
  }

  private requestBytes(batch: Action[]): number {
    const paths = batch.reduce((sum, a) => sum + this.pathBytes(a.object.path), 0);
    return paths + bytes(batch.map((a, i) => ({ i, n: a.name, a: a.args })));
  }

  /** `context.sync()` as the code under test calls it: counted, then sent. */
  async sync(): Promise<void> {
    this.host.syncCalls++;
    await this.send();
  }

  /** Sends the queue as one round trip (what Excel.run also does, uncounted, when the batch ends). */
  async send(): Promise<void> {
    const host = this.host;
    const batch = this.queue;
    const created = this.created;
    this.queue = [];
    this.created = [];
    this.results = [];
    // Office.js sends nothing when nothing is queued: no round trip.
    if (batch.length === 0) return;
    const record: SyncRecord = { index: host.syncs.length + 1, actions: batch.length, requestBytes: this.requestBytes(batch), responseBytes: 0 };
    host.syncs.push(record);
    const fault = host.faultFor(record.index);
    const limit = fault ? Math.min(fault.afterActions ?? 0, batch.length) : batch.length;
    try {
      for (let i = 0; i < limit; i++) {
        this.current = { record, index: i };
        batch[i].run();
      }
      if (fault) throw Runtime.error(fault);
    } catch (error) {
      record.error = error instanceof FakeOfficeError ? error.code : String(error);
      throw error;
    } finally {
      this.current = undefined;
    }
    record.responseBytes = bytes(this.results.map((r) => r.data));
    for (const result of this.results) result.apply();
    for (const object of created) object.settle();
    await Promise.resolve();
  }
}
