/** `worksheet.freezePanes` (ExcelApi 1.7) and `worksheet.pageLayout` (ExcelApi 1.9). */
import { parseRect, splitSheet } from "./a1";
import type { FakeContext } from "./context";
import { officeErrors } from "./errors";
import { FakeObject, settable } from "./object";
import type { PageState, SheetState } from "./state";

export class FakeFreezePanes extends FakeObject<SheetState> {
  protected readonly scalars = [] as const;
  constructor(context: FakeContext, path: string, sheet: () => SheetState | null) {
    super(context, "WorksheetFreezePanes", path, sheet, "1.7");
  }
  freezeRows(count = 1): void {
    this.queue("freezeRows", count, (s) => (s.freeze = { rows: count, columns: 0 }));
  }
  freezeColumns(count = 1): void {
    this.queue("freezeColumns", count, (s) => (s.freeze = { rows: 0, columns: count }));
  }
  /** Freezes the top-left block `range` covers, e.g. "A1:B4" → 4 rows, 2 columns. */
  freezeAt(range: string): void {
    this.queue("freezeAt", range, (s) => {
      const rect = parseRect(range);
      if (!rect || rect.r1 !== 1 || rect.c1 !== 1) throw officeErrors.invalidArgument(`freezeAt needs a range from A1: ${range}`, "WorksheetFreezePanes.freezeAt");
      s.freeze = { rows: rect.r2, columns: rect.c2 };
    });
  }
  unfreeze(): void {
    this.queue("unfreeze", undefined, (s) => (s.freeze = undefined));
  }
}

type PageTarget = PageState;

export class FakeHeaderFooter extends FakeObject<PageTarget> {
  protected readonly scalars = [] as const;
  constructor(context: FakeContext, path: string, page: () => PageTarget | null) {
    super(context, "HeaderFooter", path, page, "1.9");
  }
}
settable(FakeHeaderFooter, {
  leftFooter: (p, v: string) => (p.footer.left = v),
  centerFooter: (p, v: string) => (p.footer.center = v),
  rightFooter: (p, v: string) => (p.footer.right = v),
});

export class FakeHeaderFooterGroup extends FakeObject<PageTarget> {
  protected readonly scalars = [] as const;
  constructor(context: FakeContext, path: string, page: () => PageTarget | null) {
    super(context, "HeaderFooterGroup", path, page, "1.9");
  }
  get defaultForAllPages(): FakeHeaderFooter {
    return this.child("defaultForAllPages", () => new FakeHeaderFooter(this.context, `${this.path}.defaultForAllPages`, () => this.target()));
  }
}

const ROWS = /^\$?(\d+):\$?(\d+)$/;

export class FakePageLayout extends FakeObject<PageTarget> {
  protected readonly scalars = [] as const;
  constructor(context: FakeContext, path: string, sheet: () => SheetState | null) {
    super(context, "PageLayout", path, () => sheet()?.page ?? null, "1.9");
  }
  get headersFooters(): FakeHeaderFooterGroup {
    return this.child("headersFooters", () => new FakeHeaderFooterGroup(this.context, `${this.path}.headersFooters`, () => this.target()));
  }
  /** Rows repeated on every printed page, e.g. "$4:$4". */
  setPrintTitleRows(rows: string): void {
    this.queue("setPrintTitleRows", rows, (p) => {
      if (typeof rows !== "string" || !ROWS.test(splitSheet(rows).address)) throw officeErrors.invalidArgument(`print title rows "${String(rows)}"`, "PageLayout.setPrintTitleRows");
      p.printTitleRows = splitSheet(rows).address;
    });
  }
}
settable(FakePageLayout, {
  orientation: (p, v: string) => {
    if (v !== "Portrait" && v !== "Landscape") throw officeErrors.invalidArgument(`orientation "${v}"`, "PageLayout.orientation");
    p.orientation = v;
  },
  paperSize: (p, v: string) => (p.paperSize = v),
  zoom: (p, v: PageState["zoom"]) => {
    const zoom = v ?? {};
    const fit = zoom.horizontalFitToPages !== undefined || zoom.verticalFitToPages !== undefined;
    if (fit && zoom.scale !== undefined) throw officeErrors.invalidArgument("zoom takes a scale or fit-to-pages, not both", "PageLayout.zoom");
    p.zoom = { ...zoom };
  },
});
