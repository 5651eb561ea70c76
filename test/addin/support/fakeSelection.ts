/**
 * Range.select() for the fake Excel host, which does not model it yet (test/fakes/range.ts).
 * Like every fake action it is queued and applied at sync: it refuses a hidden sheet, activates the
 * range's sheet and records the selection, as Excel does. Move it into test/fakes when the fake
 * gains a selection of its own; until then `installFakeSelect` adds it once and leaves a fake that
 * already has `select` alone.
 */
import { formatRect } from "../../fakes/a1";
import type { FakeContext } from "../../fakes/context";
import { officeErrors } from "../../fakes/errors";
import type { FakeExcel } from "../../fakes/host";
import { FakeRange } from "../../fakes/range";
import type { RangeTarget } from "../../fakes/rangeFormat";
import type { WorkbookState } from "../../fakes/state";

export interface FakeSelection {
  sheet: string;
  address: string;
}

const selections = new WeakMap<WorkbookState, FakeSelection>();

/** The protected part of a fake object that a new action needs. */
interface Queueing {
  context: FakeContext;
  queue(name: string, args: unknown, apply: (target: RangeTarget) => void): void;
}

export function installFakeSelect(): void {
  if ("select" in FakeRange.prototype) return;
  Object.defineProperty(FakeRange.prototype, "select", {
    configurable: true,
    value(this: Queueing) {
      this.queue("select", undefined, (target) => {
        if (target.sheet.visibility !== "Visible") throw officeErrors.invalidOperation(`cannot select on hidden sheet "${target.sheet.name}"`, "Range.select");
        const workbook = this.context.host.workbook;
        workbook.active = target.sheet;
        selections.set(workbook, { sheet: target.sheet.name, address: formatRect(target.rect) });
      });
    },
  });
}

/** What the user has selected in the fake workbook; undefined before any select. */
export function fakeSelection(excel: FakeExcel): FakeSelection | undefined {
  return selections.get(excel.workbook);
}
