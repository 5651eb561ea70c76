/** `range.dataValidation` (ExcelApi 1.8): list rules with their error alert, one per range. */
import { contains, formatRect, overlaps } from "./a1";
import type { FakeContext } from "./context";
import { notModelled, officeErrors } from "./errors";
import { FakeObject, settable } from "./object";
import type { RangeTarget } from "./rangeFormat";
import type { ValidationState } from "./state";

/** The validation state for exactly this range, replacing rules that lie inside it (as Excel does). */
function stateFor(target: RangeTarget): ValidationState {
  const { sheet, rect } = target;
  const same = sheet.validations.find((v) => formatRect(v.rect) === formatRect(rect));
  if (same) return same;
  if (sheet.validations.some((v) => overlaps(v.rect, rect) && !contains(rect, v.rect))) throw notModelled("DataValidation", "partially overlapping rules");
  sheet.validations = sheet.validations.filter((v) => !overlaps(v.rect, rect));
  const created: ValidationState = { rect };
  sheet.validations.push(created);
  return created;
}

function checkRule(rule: unknown): void {
  const kinds = rule && typeof rule === "object" ? Object.keys(rule) : [];
  if (kinds.length !== 1) throw officeErrors.invalidArgument("a rule needs exactly one criterion", "DataValidation.rule");
  if (kinds[0] !== "list") throw notModelled("DataValidation", `rule.${kinds[0]}`);
  const list = (rule as { list: { source?: unknown; inCellDropDown?: unknown } }).list;
  if (typeof list.source !== "string" || list.source.trim() === "") throw officeErrors.invalidArgument("list source must be non-empty text", "DataValidation.rule");
}

export class FakeDataValidation extends FakeObject<RangeTarget> {
  protected readonly scalars = [] as const;
  constructor(context: FakeContext, path: string, range: () => RangeTarget | null) {
    super(context, "DataValidation", path, range, "1.8");
  }
}
settable(FakeDataValidation, {
  rule: (t, v: unknown) => {
    checkRule(v);
    stateFor(t).rule = structuredClone(v);
  },
  // Excel's limits: a 32-character title and a 225-character message.
  errorAlert: (t, v: ValidationState["errorAlert"]) => {
    if ((v?.title?.length ?? 0) > 32 || (v?.message?.length ?? 0) > 225) throw officeErrors.invalidArgument("error alert title or message too long", "DataValidation.errorAlert");
    stateFor(t).errorAlert = { ...v };
  },
  ignoreBlanks: (t, v: boolean) => {
    stateFor(t).ignoreBlanks = v;
  },
});
