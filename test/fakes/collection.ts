/** A fake Office.js collection: `items` is readable only after load+sync, like the real one. */
import type { LoadResult } from "./context";
import { FakeObject } from "./object";

export abstract class FakeCollection<T, P extends FakeObject<T>, Owner = unknown> extends FakeObject<Owner> {
  protected readonly scalars: readonly string[] = [];

  /** The workbook things in this collection, in Excel's order. */
  protected abstract list(owner: Owner): T[];
  /** A proxy bound to one item. */
  protected abstract proxy(item: T): P;

  get items(): P[] {
    return this.read<P[]>("items");
  }

  /** Loads "items/x", "x" (Office.js reads both as item properties) or nothing (all scalars). */
  override snapshot(paths: string[] | undefined): LoadResult {
    const owner = this.target();
    if (owner === null) return { data: null, apply: () => undefined };
    const itemPaths = paths?.map((p) => (p === "items" ? "" : p.startsWith("items/") ? p.slice(6) : p)).filter(Boolean);
    const proxies = this.list(owner).map((item) => this.proxy(item));
    const results = proxies.map((p) => p.snapshot(itemPaths && itemPaths.length > 0 ? itemPaths : undefined));
    return {
      data: { items: results.map((r) => r.data) },
      apply: () => {
        this._values.items = proxies;
        results.forEach((r) => r.apply());
        proxies.forEach((p) => p.settle());
      },
    };
  }
}
