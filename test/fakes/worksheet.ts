/** The fake `Excel.Worksheet` and `WorksheetCollection`. */
import type { FakeContext } from "./context";
import { officeErrors } from "./errors";
import { FakeObject, settable } from "./object";
import { FakeFreezePanes, FakePageLayout } from "./pageLayout";
import { FakePivotTableCollection } from "./pivotTable";
import { FakeRange } from "./range";
import { sheetDeleted, sheetRenamed, tableDeleted } from "./references";
import { type SheetState, type WorkbookState, sameName, usedRect } from "./state";
import { FakeTableCollection } from "./table";
import { NamedThings } from "./things";

const FORBIDDEN = /[\\/?*[\]:]/;

export function checkSheetName(workbook: WorkbookState, name: unknown, self?: SheetState): string {
  if (typeof name !== "string" || name.length < 1 || name.length > 31 || FORBIDDEN.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw officeErrors.invalidArgument(`"${String(name)}" is not a legal sheet name`, "Worksheet.name");
  }
  if (workbook.sheets.some((s) => s !== self && sameName(s.name, name))) throw officeErrors.itemAlreadyExists(`sheet "${name}"`);
  return name;
}

const visible = (workbook: WorkbookState) => workbook.sheets.filter((s) => s.visibility === "Visible");

function makeInactive(workbook: WorkbookState, sheet: SheetState): void {
  if (workbook.active === sheet) workbook.active = visible(workbook).find((s) => s !== sheet);
}

export class FakeWorksheet extends FakeObject<SheetState> {
  protected readonly scalars = ["id", "name", "position", "visibility", "tabColor"] as const;

  constructor(context: FakeContext, path: string, resolve: () => SheetState | null, nullable = false) {
    super(context, "Worksheet", path, resolve, "1.1", nullable);
  }

  private get workbook(): WorkbookState {
    return this.context.host.workbook;
  }

  protected override property(s: SheetState, prop: string): unknown {
    switch (prop) {
      case "id":
        return s.id;
      case "name":
        return s.name;
      case "position":
        return this.workbook.sheets.indexOf(s);
      case "visibility":
        return s.visibility;
      case "tabColor":
        this.context.host.requireApi("Worksheet.tabColor", "1.7");
        return s.tabColor;
      default:
        return super.property(s, prop);
    }
  }

  get id(): string {
    return this.read("id");
  }
  get tables(): FakeTableCollection {
    return this.child("tables", () => new FakeTableCollection(this.context, `${this.path}.tables`, () => this.target()));
  }
  get charts(): NamedThings {
    return this.child("charts", () => new NamedThings(this.context, `${this.path}.charts`, () => this.target(), (s) => s.charts, "1.1"));
  }
  get shapes(): NamedThings {
    return this.child("shapes", () => new NamedThings(this.context, `${this.path}.shapes`, () => this.target(), (s) => s.shapes, "1.9"));
  }
  get freezePanes(): FakeFreezePanes {
    return this.child("freezePanes", () => new FakeFreezePanes(this.context, `${this.path}.freezePanes`, () => this.target()));
  }
  get pivotTables(): FakePivotTableCollection {
    return this.child("pivotTables", () => new FakePivotTableCollection(this.context, `${this.path}.pivotTables`, () => this.target()));
  }
  get pageLayout(): FakePageLayout {
    return this.child("pageLayout", () => new FakePageLayout(this.context, `${this.path}.pageLayout`, () => this.target()));
  }

  getRange(address = "A:XFD"): FakeRange {
    return new FakeRange(this.context, `${this.path}.getRange(${address})`, () => {
      const s = this.target();
      return s ? FakeRange.within(s, address) : null;
    });
  }

  private used(valuesOnly: boolean, nullable: boolean): FakeRange {
    const name = nullable ? "getUsedRangeOrNullObject" : "getUsedRange";
    return new FakeRange(
      this.context,
      `${this.path}.${name}(${valuesOnly})`,
      () => {
        const s = this.target();
        if (!s) return null;
        const rect = usedRect(s, valuesOnly);
        if (!rect) return nullable ? null : { sheet: s, rect: { r1: 1, c1: 1, r2: 1, c2: 1 } };
        return { sheet: s, rect };
      },
      nullable,
    );
  }
  getUsedRange(valuesOnly = false): FakeRange {
    return this.used(valuesOnly, false);
  }
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return this.used(valuesOnly, true);
  }

  private next(visibleOnly: boolean, nullable: boolean): FakeWorksheet {
    const name = nullable ? "getNextOrNullObject" : "getNext";
    return new FakeWorksheet(
      this.context,
      `${this.path}.${name}()`,
      () => {
        const s = this.target();
        if (!s) return null;
        const later = this.workbook.sheets.slice(this.workbook.sheets.indexOf(s) + 1).filter((x) => !visibleOnly || x.visibility === "Visible");
        if (later[0]) return later[0];
        if (nullable) return null;
        throw officeErrors.itemNotFound(`the sheet after "${s.name}"`);
      },
      nullable,
    );
  }
  getNext(visibleOnly = false): FakeWorksheet {
    return this.next(visibleOnly, false);
  }
  getNextOrNullObject(visibleOnly = false): FakeWorksheet {
    return this.next(visibleOnly, true);
  }

  activate(): void {
    this.queue("activate", undefined, (s) => {
      if (s.visibility !== "Visible") throw officeErrors.invalidOperation(`cannot activate hidden sheet "${s.name}"`, "Worksheet.activate");
      this.workbook.active = s;
    });
  }

  /** Deletes the sheet and its tables; names and formulas that pointed at them become #REF!. */
  delete(): void {
    this.queue("delete", undefined, (s) => {
      const wb = this.workbook;
      if (s.visibility === "Visible" && visible(wb).length === 1) throw officeErrors.invalidOperation("a workbook must keep at least one visible sheet", "Worksheet.delete");
      makeInactive(wb, s);
      wb.sheets = wb.sheets.filter((x) => x !== s);
      for (const t of wb.tables.filter((x) => x.sheet === s)) tableDeleted(wb, t.name);
      wb.tables = wb.tables.filter((t) => t.sheet !== s);
      for (const n of wb.names) if (n.sheet === s) n.sheet = undefined;
      sheetDeleted(wb, s.name);
      if (wb.selection?.sheet === s) wb.selection = undefined;
    });
  }
}
settable(
  FakeWorksheet,
  {
    name: (s, v: string, self) => {
      const from = s.name;
      s.name = checkSheetName(self.context.host.workbook, v, s);
      sheetRenamed(self.context.host.workbook, from, s.name);
    },
    visibility: (s, v: string, self) => {
      const wb = self.context.host.workbook;
      if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden") throw officeErrors.invalidArgument(`visibility "${v}"`, "Worksheet.visibility");
      if (v !== "Visible" && visible(wb).every((x) => x === s)) throw officeErrors.invalidOperation("a workbook must keep at least one visible sheet", "Worksheet.visibility");
      s.visibility = v;
      if (v !== "Visible") makeInactive(wb, s);
    },
    tabColor: (s, v: string) => {
      if (v !== "" && !/^#[0-9A-Fa-f]{6}$/.test(v)) throw officeErrors.invalidArgument(`tab colour "${v}"`, "Worksheet.tabColor");
      s.tabColor = v.toUpperCase();
    },
    position: (s, v: number, self) => {
      const wb = self.context.host.workbook;
      if (!Number.isInteger(v) || v < 0 || v >= wb.sheets.length) throw officeErrors.invalidArgument(`position ${v}`, "Worksheet.position");
      wb.sheets = wb.sheets.filter((x) => x !== s);
      wb.sheets.splice(v, 0, s);
    },
  },
  { tabColor: "1.7" },
);
