/** Collections the fake only needs to show as empty or not (charts, shapes). */
import { FakeCollection } from "./collection";
import type { FakeContext } from "./context";
import { FakeObject } from "./object";
import type { SheetState } from "./state";

/** Small collections whose contents the tests only need to see as empty or not. */
export class NamedThings extends FakeCollection<string, FakeObject<string>, SheetState> {
  constructor(context: FakeContext, path: string, sheet: () => SheetState | null, private readonly pick: (s: SheetState) => string[], since: string) {
    super(context, "Collection", path, sheet, since);
  }
  protected list(owner: SheetState): string[] {
    return this.pick(owner);
  }
  protected proxy(item: string): FakeObject<string> {
    return new Thing(this.context, `${this.path}[${item}]`, () => item);
  }
}
class Thing extends FakeObject<string> {
  protected readonly scalars = ["name", "id"] as const;
  constructor(context: FakeContext, path: string, resolve: () => string) {
    super(context, "Thing", path, resolve);
  }
  protected override property(t: string): unknown {
    return t;
  }
}
