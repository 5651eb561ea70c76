/** Range formatting: font, fill, alignment, column widths and row heights. */
import { type Rect } from "./a1";
import type { FakeContext } from "./context";
import { officeErrors } from "./errors";
import { FakeObject, settable } from "./object";
import { type CellFormat, type SheetState, eachCell, touchCell } from "./state";

export interface RangeTarget {
  sheet: SheetState;
  rect: Rect;
}

const COLOR = /^#[0-9A-Fa-f]{6}$/;

export function checkColor(value: unknown, location: string): string {
  if (typeof value !== "string" || !COLOR.test(value)) throw officeErrors.invalidArgument(`colour "${String(value)}" is not #RRGGBB`, location);
  return value.toUpperCase();
}

function setOnCells(target: RangeTarget, change: (format: CellFormat) => void): void {
  eachCell(target.rect, (row, column) => change(touchCell(target.sheet, row, column).format));
}

function oneOf(allowed: string[], value: string, location: string): string {
  if (!allowed.includes(value)) throw officeErrors.invalidArgument(`"${value}" is not one of ${allowed.join(", ")}`, location);
  return value;
}

export class FakeRangeFont extends FakeObject<RangeTarget> {
  protected readonly scalars = [] as const;
  constructor(context: FakeContext, path: string, range: () => RangeTarget | null) {
    super(context, "RangeFont", path, range);
  }
}
settable(FakeRangeFont, {
  bold: (t, v: boolean) => setOnCells(t, (f) => (f.bold = v)),
  italic: (t, v: boolean) => setOnCells(t, (f) => (f.italic = v)),
  size: (t, v: number) => setOnCells(t, (f) => (f.size = v)),
  color: (t, v: string) => {
    const colour = checkColor(v, "RangeFont.color");
    setOnCells(t, (f) => (f.fontColor = colour));
  },
});

export class FakeRangeFill extends FakeObject<RangeTarget> {
  protected readonly scalars = [] as const;
  constructor(context: FakeContext, path: string, range: () => RangeTarget | null) {
    super(context, "RangeFill", path, range);
  }
}
settable(FakeRangeFill, {
  color: (t, v: string) => {
    const colour = checkColor(v, "RangeFill.color");
    setOnCells(t, (f) => (f.fill = colour));
  },
});

const HORIZONTAL = ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"];
const VERTICAL = ["Top", "Center", "Bottom", "Justify", "Distributed"];

export class FakeRangeFormat extends FakeObject<RangeTarget> {
  protected readonly scalars = [] as const;
  private readonly parts: { font?: FakeRangeFont; fill?: FakeRangeFill } = {};

  constructor(
    context: FakeContext,
    path: string,
    private readonly range: () => RangeTarget | null,
  ) {
    super(context, "RangeFormat", path, range);
  }
  get font(): FakeRangeFont {
    return (this.parts.font ??= new FakeRangeFont(this.context, `${this.path}.font`, this.range));
  }
  get fill(): FakeRangeFill {
    return (this.parts.fill ??= new FakeRangeFill(this.context, `${this.path}.fill`, this.range));
  }
}
settable(FakeRangeFormat, {
  wrapText: (t, v: boolean) => setOnCells(t, (f) => (f.wrap = v)),
  horizontalAlignment: (t, v: string) => {
    const value = oneOf(HORIZONTAL, v, "RangeFormat.horizontalAlignment");
    setOnCells(t, (f) => (f.horizontal = value));
  },
  verticalAlignment: (t, v: string) => {
    const value = oneOf(VERTICAL, v, "RangeFormat.verticalAlignment");
    setOnCells(t, (f) => (f.vertical = value));
  },
  // Points, for every column (row) the range touches, as Excel does.
  columnWidth: (t, v: number) => {
    if (!(v >= 0 && v <= 1800)) throw officeErrors.invalidArgument(`column width ${v}`, "RangeFormat.columnWidth");
    for (let c = t.rect.c1; c <= t.rect.c2; c++) t.sheet.columnWidths.set(c, v);
  },
  rowHeight: (t, v: number) => {
    if (!(v >= 0 && v <= 409)) throw officeErrors.invalidArgument(`row height ${v}`, "RangeFormat.rowHeight");
    for (let r = t.rect.r1; r <= t.rect.r2; r++) t.sheet.rowHeights.set(r, v);
  },
});
