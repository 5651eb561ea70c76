/**
 * The fake `Excel.PivotTable`, minimal: `worksheet.pivotTables.add(name, source, destination)`
 * (ExcelApi 1.8) records the name, the source table or range, the destination cell and the fields
 * put on rows, columns and values; `getItemOrNullObject` (1.4) finds one again. Nothing is
 * calculated. Pivots live beside the workbook state (a WeakMap), so a deleted sheet takes its
 * pivots with it without the state module knowing about them.
 */
import { type Rect, formatRect, overlaps, parseRect } from "./a1";
import { FakeCollection } from "./collection";
import type { FakeContext } from "./context";
import { notModelled, officeErrors } from "./errors";
import { FakeObject, settable } from "./object";
import { FakeRange } from "./range";
import { type SheetState, type TableState, type WorkbookState, getCell, sameName } from "./state";
import { FakeTable } from "./table";

export interface DataFieldState {
  field: string;
  name?: string;
  summarizeBy?: string;
}

export interface PivotState {
  name: string;
  sheet: SheetState;
  /** The source table's name, or a range's "Sheet!A1:B9". */
  source: string;
  /** The destination's top-left cell, e.g. "A3". */
  destination: string;
  /** Source headers, the fields a hierarchy can be picked from. */
  fields: string[];
  rows: string[];
  columns: string[];
  data: DataFieldState[];
}

const PIVOTS = new WeakMap<WorkbookState, PivotState[]>();

/** The workbook's pivots, on sheets that still exist; what tests read. */
export function pivotsOf(workbook: WorkbookState): PivotState[] {
  const live = (PIVOTS.get(workbook) ?? []).filter((p) => workbook.sheets.includes(p.sheet));
  PIVOTS.set(workbook, live);
  return live;
}

function headersOf(sheet: SheetState, rect: Rect): string[] {
  return Array.from({ length: rect.c2 - rect.c1 + 1 }, (_, i) => String(getCell(sheet, rect.r1, rect.c1 + i)?.value ?? ""));
}

class FakePivotHierarchy extends FakeObject<string> {
  protected readonly scalars = ["name"] as const;
  constructor(context: FakeContext, path: string, resolve: () => string | null) {
    super(context, "PivotHierarchy", path, resolve, "1.8");
  }
  protected override property(field: string, prop: string): unknown {
    return prop === "name" ? field : super.property(field, prop);
  }
}

class FakePivotHierarchyCollection extends FakeObject<PivotState> {
  protected readonly scalars = [] as const;
  constructor(context: FakeContext, path: string, pivot: () => PivotState | null) {
    super(context, "PivotHierarchyCollection", path, pivot, "1.8");
  }
  getItem(name: string): FakePivotHierarchy {
    return new FakePivotHierarchy(this.context, `${this.path}.getItem(${name})`, () => {
      const pivot = this.target();
      if (!pivot) return null;
      const field = pivot.fields.find((f) => sameName(f, name));
      if (!field) throw officeErrors.itemNotFound(`pivot field "${name}"`);
      return field;
    });
  }
}

class FakeDataPivotHierarchy extends FakeObject<DataFieldState> {
  protected readonly scalars = ["name", "summarizeBy"] as const;
  constructor(context: FakeContext, path: string, resolve: () => DataFieldState | null) {
    super(context, "DataPivotHierarchy", path, resolve, "1.8");
  }
}
settable(FakeDataPivotHierarchy, {
  name: (d, v: string) => {
    d.name = v;
  },
  summarizeBy: (d, v: string) => {
    if (!["Sum", "Count", "Average", "Max", "Min", "Automatic"].includes(v)) throw officeErrors.invalidArgument(`summarizeBy "${v}"`, "DataPivotHierarchy.summarizeBy");
    d.summarizeBy = v;
  },
});

type Axis = "rows" | "columns" | "data";

class FakeAxisCollection extends FakeObject<PivotState> {
  protected readonly scalars = [] as const;
  constructor(context: FakeContext, path: string, pivot: () => PivotState | null, private readonly axis: Axis) {
    super(context, "RowColumnPivotHierarchyCollection", path, pivot, "1.8");
  }
  add(hierarchy: FakePivotHierarchy): FakeDataPivotHierarchy {
    let added: DataFieldState | null = null;
    this.queue("add", { ref: hierarchy.path }, (pivot) => {
      const field = hierarchy.target();
      if (field === null) throw officeErrors.invalidArgument("the hierarchy is a null object", "PivotHierarchyCollection.add");
      if ([...pivot.rows, ...pivot.columns].includes(field) && this.axis !== "data") throw officeErrors.invalidOperation(`"${field}" is already on an axis`, "PivotHierarchyCollection.add");
      if (this.axis === "data") {
        added = { field };
        pivot.data.push(added);
      } else pivot[this.axis].push(field);
    });
    return new FakeDataPivotHierarchy(this.context, `${this.path}.add(${hierarchy.path})`, () => added);
  }
}

export class FakePivotTable extends FakeObject<PivotState> {
  protected readonly scalars = ["name", "id"] as const;
  constructor(context: FakeContext, path: string, resolve: () => PivotState | null, nullable = false) {
    super(context, "PivotTable", path, resolve, "1.3", nullable);
  }
  protected override property(p: PivotState, prop: string): unknown {
    if (prop === "name" || prop === "id") return p.name;
    return super.property(p, prop);
  }
  get name(): string {
    return this.read("name");
  }
  get hierarchies(): FakePivotHierarchyCollection {
    return this.child("hierarchies", () => new FakePivotHierarchyCollection(this.context, `${this.path}.hierarchies`, () => this.target()));
  }
  get rowHierarchies(): FakeAxisCollection {
    return this.child("rowHierarchies", () => new FakeAxisCollection(this.context, `${this.path}.rowHierarchies`, () => this.target(), "rows"));
  }
  get columnHierarchies(): FakeAxisCollection {
    return this.child("columnHierarchies", () => new FakeAxisCollection(this.context, `${this.path}.columnHierarchies`, () => this.target(), "columns"));
  }
  get dataHierarchies(): FakeAxisCollection {
    return this.child("dataHierarchies", () => new FakeAxisCollection(this.context, `${this.path}.dataHierarchies`, () => this.target(), "data"));
  }
  delete(): void {
    this.queue(
      "delete",
      undefined,
      (p) => {
        const wb = this.context.host.workbook;
        PIVOTS.set(wb, pivotsOf(wb).filter((x) => x !== p));
      },
      "1.8",
    );
  }
}

/** `worksheet.pivotTables`. */
export class FakePivotTableCollection extends FakeCollection<PivotState, FakePivotTable, SheetState> {
  constructor(context: FakeContext, path: string, sheet: () => SheetState | null) {
    super(context, "PivotTableCollection", path, sheet, "1.3");
  }
  protected list(sheet: SheetState): PivotState[] {
    return pivotsOf(this.context.host.workbook).filter((p) => p.sheet === sheet);
  }
  protected proxy(p: PivotState): FakePivotTable {
    return new FakePivotTable(this.context, `pivot(${p.name})`, () => p);
  }
  getItemOrNullObject(name: string): FakePivotTable {
    return new FakePivotTable(
      this.context,
      `${this.path}.getItemOrNullObject(${name})`,
      () => {
        this.context.host.requireApi("PivotTableCollection.getItemOrNullObject", "1.4");
        const sheet = this.target();
        return (sheet && this.list(sheet).find((p) => sameName(p.name, name))) ?? null;
      },
      true,
    );
  }

  private source(source: FakeTable | FakeRange | string): { label: string; sheet: SheetState; rect: Rect } {
    if (source instanceof FakeTable) {
      const table = source.target() as TableState | null;
      if (!table) throw officeErrors.invalidArgument("the source table is a null object", "PivotTableCollection.add");
      return { label: table.name, sheet: table.sheet, rect: table.rect };
    }
    if (source instanceof FakeRange) {
      const range = source.target();
      if (!range) throw officeErrors.invalidArgument("the source range is a null object", "PivotTableCollection.add");
      return { label: `${range.sheet.name}!${formatRect(range.rect)}`, sheet: range.sheet, rect: range.rect };
    }
    throw notModelled("PivotTableCollection", "add with a string source");
  }

  add(name: string, source: FakeTable | FakeRange | string, destination: FakeRange | string): FakePivotTable {
    let created: PivotState | null = null;
    const ref = (x: unknown) => (typeof x === "string" ? x : { ref: (x as FakeObject).path });
    this.context.enqueue({
      object: this,
      name: "add",
      args: { name, source: ref(source), destination: ref(destination) },
      run: () => {
        this.context.host.requireApi("PivotTableCollection.add", "1.8");
        const sheet = this.target();
        if (!sheet) return;
        const wb = this.context.host.workbook;
        if (typeof name !== "string" || name.trim() === "") throw officeErrors.invalidArgument(`pivot name "${String(name)}"`, "PivotTableCollection.add");
        if (this.list(sheet).some((p) => sameName(p.name, name))) throw officeErrors.itemAlreadyExists(`pivot table "${name}"`);
        const from = this.source(source);
        const target = destination instanceof FakeRange ? destination.target() : { sheet, rect: parseRect(destination) };
        if (!target?.rect || target.sheet !== sheet) throw officeErrors.invalidArgument("the destination must be a cell on this sheet", "PivotTableCollection.add");
        const at = target.rect;
        if (wb.tables.some((t) => t.sheet === sheet && overlaps(t.rect, at))) throw officeErrors.invalidOperation("a PivotTable cannot overlap a table", "PivotTableCollection.add");
        created = { name, sheet, source: from.label, destination: formatRect({ ...at, r2: at.r1, c2: at.c1 }), fields: headersOf(from.sheet, from.rect), rows: [], columns: [], data: [] };
        PIVOTS.set(wb, [...pivotsOf(wb), created]);
      },
    });
    return new FakePivotTable(this.context, `${this.path}.add(${name})`, () => created);
  }
}
