/** `range.conditionalFormats` (ExcelApi 1.6): custom-formula rules with fill and font. */
import type { FakeContext } from "./context";
import { notModelled, officeErrors } from "./errors";
import { FakeObject, settable } from "./object";
import { type RangeTarget, checkColor } from "./rangeFormat";
import type { ConditionalFormatState } from "./state";

type Target = ConditionalFormatState;

class Part extends FakeObject<Target> {
  protected readonly scalars = [] as const;
  constructor(context: FakeContext, typeName: string, path: string, resolve: () => Target | null) {
    super(context, typeName, path, resolve, "1.6");
  }
}

export class FakeConditionalRangeFont extends Part {}
settable(FakeConditionalRangeFont, {
  color: (t, v: string) => (t.fontColor = checkColor(v, "ConditionalRangeFont.color")),
  bold: (t, v: boolean) => (t.bold = v),
});
export class FakeConditionalRangeFill extends Part {}
settable(FakeConditionalRangeFill, { color: (t, v: string) => (t.fill = checkColor(v, "ConditionalRangeFill.color")) });

export class FakeConditionalRangeFormat extends Part {
  get font() {
    return this.child("font", () => new FakeConditionalRangeFont(this.context, "ConditionalRangeFont", `${this.path}.font`, () => this.target()));
  }
  get fill() {
    return this.child("fill", () => new FakeConditionalRangeFill(this.context, "ConditionalRangeFill", `${this.path}.fill`, () => this.target()));
  }
}
export class FakeConditionalFormatRule extends Part {}
settable(FakeConditionalFormatRule, {
  formula: (t, v: string) => {
    if (typeof v !== "string" || !v.startsWith("=")) throw officeErrors.invalidArgument(`a rule formula starts with "=": ${String(v)}`, "ConditionalFormatRule.formula");
    t.formula = v;
  },
});
export class FakeCustomConditionalFormat extends Part {
  get rule() {
    return this.child("rule", () => new FakeConditionalFormatRule(this.context, "ConditionalFormatRule", `${this.path}.rule`, () => this.target()));
  }
  get format() {
    return this.child("format", () => new FakeConditionalRangeFormat(this.context, "ConditionalRangeFormat", `${this.path}.format`, () => this.target()));
  }
}

export class FakeConditionalFormat extends Part {
  get custom() {
    return this.child(
      "custom",
      () =>
        new FakeCustomConditionalFormat(this.context, "CustomConditionalFormat", `${this.path}.custom`, () => {
          const t = this.target();
          if (t && t.type !== "Custom") throw officeErrors.invalidOperation("not a custom conditional format", "ConditionalFormat.custom");
          return t;
        }),
    );
  }
}
settable(FakeConditionalFormat, { stopIfTrue: (t, v: boolean) => (t.stopIfTrue = v) });

export class FakeConditionalFormatCollection extends Part {
  constructor(context: FakeContext, path: string, private readonly range: () => RangeTarget | null) {
    super(context, "ConditionalFormatCollection", path, () => null);
  }
  override target(): Target | null {
    throw notModelled(this.typeName, "direct use");
  }

  /** Adds at the top priority, as Excel does: the newest rule wins over older ones. */
  add(type: string): FakeConditionalFormat {
    let created: Target | null = null;
    this.context.enqueue({
      object: this,
      name: "add",
      args: type,
      run: () => {
        this.context.host.requireApi("ConditionalFormatCollection.add", "1.6");
        const range = this.range();
        if (!range) return;
        if (type !== "Custom") throw notModelled("ConditionalFormatCollection", `add("${type}")`);
        created = { rect: range.rect, type };
        range.sheet.conditionalFormats.unshift(created);
      },
    });
    return new FakeConditionalFormat(this.context, "ConditionalFormat", `${this.path}.add(${type})`, () => created);
  }
}
