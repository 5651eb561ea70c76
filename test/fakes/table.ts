/** The fake `Excel.Table`, its rows and columns, and the table collections. */
import { type Rect, formatRect, isBounded, overlaps, parseRect, rows as rowCount, splitSheet } from "./a1";
import { cellInputs, normaliseHeaders, writeInputs } from "./cellWrites";
import { FakeCollection } from "./collection";
import type { FakeContext } from "./context";
import { checkDefinedName } from "./definedNames";
import { notModelled, officeErrors } from "./errors";
import type { Registration, TableChangedHandler } from "./events";
import { FakeObject, settable } from "./object";
import { FakeRange } from "./range";
import { tableDeleted, tableRenamed } from "./references";
import { type SheetState, type TableState, type WorkbookState, getCell, sameName } from "./state";
import { FakeWorksheet } from "./worksheet";

const STYLE = /^TableStyle(Light|Medium|Dark)\d{1,2}$/;
const bodyRect = (t: TableState): Rect => ({ ...t.rect, r1: t.rect.r1 + 1 });
const headerRect = (t: TableState): Rect => ({ ...t.rect, r2: t.rect.r1 });

export class FakeTable extends FakeObject<TableState> {
  protected readonly scalars = ["id", "name", "style", "showHeaders", "showTotals"] as const;
  constructor(context: FakeContext, path: string, resolve: () => TableState | null, nullable = false) {
    super(context, "Table", path, resolve, "1.1", nullable);
  }
  protected override property(t: TableState, prop: string): unknown {
    switch (prop) {
      case "id":
        return t.id;
      case "name":
        return t.name;
      case "style":
        return t.style;
      case "showHeaders":
        return true;
      case "showTotals":
        return false;
      default:
        return super.property(t, prop);
    }
  }
  get id(): string {
    return this.read("id");
  }
  private range(label: string, pick: (t: TableState) => Rect): FakeRange {
    return new FakeRange(this.context, `${this.path}.${label}()`, () => {
      const t = this.target();
      return t ? { sheet: t.sheet, rect: pick(t) } : null;
    });
  }
  getRange(): FakeRange {
    return this.range("getRange", (t) => t.rect);
  }
  getHeaderRowRange(): FakeRange {
    return this.range("getHeaderRowRange", headerRect);
  }
  getDataBodyRange(): FakeRange {
    return this.range("getDataBodyRange", bodyRect);
  }
  get worksheet(): FakeWorksheet {
    return this.child("worksheet", () => new FakeWorksheet(this.context, `${this.path}.worksheet`, () => this.target()?.sheet ?? null));
  }
  protected override navigate(prop: string): FakeObject | undefined {
    if (prop === "worksheet") return this.worksheet;
    if (prop === "columns") return this.columns;
    return undefined;
  }
  get rows(): FakeTableRowCollection {
    return this.child("rows", () => new FakeTableRowCollection(this.context, `${this.path}.rows`, () => this.target()));
  }
  get columns(): FakeTableColumnCollection {
    return this.child("columns", () => new FakeTableColumnCollection(this.context, `${this.path}.columns`, () => this.target()));
  }
  /** Deletes the table (its cells stay); formulas that used it get #REF!, as in Excel. */
  delete(): void {
    this.queue("delete", undefined, (t) => {
      const wb = this.context.host.workbook;
      wb.tables = wb.tables.filter((x) => x !== t);
      tableDeleted(wb, t.name);
    });
  }
}
settable(FakeTable, {
  name: (t, v: string, self) => {
    const from = t.name;
    t.name = checkDefinedName(self.context.host.workbook, v, "Table.name", t);
    tableRenamed(self.context.host.workbook, from, t.name);
  },
  style: (t, v: string) => {
    if (!STYLE.test(v)) throw officeErrors.invalidArgument(`table style "${v}"`, "Table.style");
    t.style = v;
  },
});

interface ColumnTarget {
  table: TableState;
  index: number;
}

class FakeTableColumn extends FakeObject<ColumnTarget> {
  protected readonly scalars = ["name", "index"] as const;
  constructor(context: FakeContext, path: string, resolve: () => ColumnTarget) {
    super(context, "TableColumn", path, resolve);
  }
  protected override property(c: ColumnTarget, prop: string): unknown {
    if (prop === "index") return c.index;
    if (prop === "name") return String(getCell(c.table.sheet, c.table.rect.r1, c.table.rect.c1 + c.index)?.value ?? "");
    return super.property(c, prop);
  }
}

export class FakeTableColumnCollection extends FakeCollection<ColumnTarget, FakeTableColumn, TableState> {
  constructor(context: FakeContext, path: string, table: () => TableState | null) {
    super(context, "TableColumnCollection", path, table);
  }
  protected list(t: TableState): ColumnTarget[] {
    return Array.from({ length: t.rect.c2 - t.rect.c1 + 1 }, (_, index) => ({ table: t, index }));
  }
  protected proxy(c: ColumnTarget): FakeTableColumn {
    return new FakeTableColumn(this.context, `${this.path}[${c.index}]`, () => c);
  }
}

export class FakeTableRowCollection extends FakeObject<TableState> {
  protected readonly scalars = ["count"] as const;
  constructor(context: FakeContext, path: string, table: () => TableState | null) {
    super(context, "TableRowCollection", path, table);
  }
  protected override property(t: TableState, prop: string): unknown {
    return prop === "count" ? rowCount(t.rect) - 1 : super.property(t, prop);
  }
  get count(): number {
    return this.read("count");
  }
  /** Appends rows at the end (index null/undefined) with `values` of the table's width. */
  add(index?: number | null, values?: unknown[][]): void {
    this.queue("add", { index, values }, (t) => {
      if (index !== undefined && index !== null) throw notModelled("TableRowCollection", "add at an index");
      const count = Array.isArray(values) ? values.length : 1;
      const added: Rect = { r1: t.rect.r2 + 1, r2: t.rect.r2 + count, c1: t.rect.c1, c2: t.rect.c2 };
      const wb = this.context.host.workbook;
      if (wb.tables.some((x) => x !== t && x.sheet === t.sheet && overlaps(x.rect, added))) throw officeErrors.invalidOperation("rows would run into another table", "TableRowCollection.add");
      if (values !== undefined) cellInputs(values, added, "TableRowCollection.add");
      t.rect = { ...t.rect, r2: added.r2 };
      if (values !== undefined) writeInputs(wb, t.sheet, added, values, "TableRowCollection.add");
    });
  }
}

type Owner = WorkbookState | SheetState;
const isSheet = (o: Owner): o is SheetState => "cells" in o;

export class FakeTableCollection extends FakeCollection<TableState, FakeTable, Owner> {
  constructor(context: FakeContext, path: string, owner: () => Owner | null) {
    super(context, "TableCollection", path, owner);
  }
  protected list(owner: Owner): TableState[] {
    const all = this.context.host.workbook.tables;
    return isSheet(owner) ? all.filter((t) => t.sheet === owner) : all;
  }
  protected proxy(t: TableState): FakeTable {
    return new FakeTable(this.context, `table(${t.id})`, () => t);
  }
  private find(key: string): TableState | undefined {
    const owner = this.target();
    return owner ? this.list(owner).find((t) => sameName(t.name, key) || t.id === key) : undefined;
  }
  /** `onChanged.add(handler)`: the handler hears about edits to this collection's tables (see events.ts). */
  get onChanged(): { add(handler: TableChangedHandler): { remove(): void } } {
    const events = this.context.host.tableEvents;
    return {
      add: (handler) => {
        let registration: Registration | undefined;
        this.queue(
          "onChanged.add",
          undefined,
          (owner) => {
            registration = { sheet: isSheet(owner) ? owner : undefined, handler };
            events.register(registration);
          },
          "1.7",
        );
        return { remove: () => this.queue("onChanged.remove", undefined, () => events.unregister(registration), "1.7") };
      },
    };
  }
  getItem(key: string): FakeTable {
    return new FakeTable(this.context, `${this.path}.getItem(${key})`, () => {
      const t = this.find(key);
      if (!t) throw officeErrors.itemNotFound(`table "${key}"`);
      return t;
    });
  }
  getItemOrNullObject(key: string): FakeTable {
    return new FakeTable(this.context, `${this.path}.getItemOrNullObject(${key})`, () => this.find(key) ?? null, true);
  }

  /** Where a new table goes: a Range, "A1:D5" on a sheet's collection, or "Sheet!A1:D5". */
  private place(owner: Owner, address: string | FakeRange): { sheet: SheetState; rect: Rect } {
    if (address instanceof FakeRange) {
      const t = address.target();
      if (!t) throw officeErrors.invalidArgument("the range is a null object", "TableCollection.add");
      return t;
    }
    const { sheet: sheetName, address: a1 } = splitSheet(address);
    const wb = this.context.host.workbook;
    const sheet = sheetName !== undefined ? wb.sheets.find((s) => sameName(s.name, sheetName)) : isSheet(owner) ? owner : undefined;
    const rect = parseRect(a1);
    if (!sheet || !rect || (isSheet(owner) && sheet !== owner)) throw officeErrors.invalidArgument(`table address "${address}"`, "TableCollection.add");
    return { sheet, rect };
  }

  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    let created: TableState | null = null;
    const args = typeof address === "string" ? address : { ref: address.path };
    this.context.enqueue({
      object: this,
      name: "add",
      args: { address: args, hasHeaders },
      run: () => {
        const owner = this.target();
        if (!owner) return;
        if (!hasHeaders) throw notModelled("TableCollection", "add without headers");
        const { sheet, rect } = this.place(owner, address);
        const wb = this.context.host.workbook;
        if (!isBounded(rect) || rowCount(rect) < 2) throw officeErrors.invalidArgument(`a table needs a header and a body row: ${formatRect(rect)}`, "TableCollection.add");
        if (wb.tables.some((t) => t.sheet === sheet && overlaps(t.rect, rect))) throw officeErrors.invalidOperation(`${formatRect(rect)} overlaps another table`, "TableCollection.add");
        if (sheet.merges.some((m) => overlaps(m, rect))) throw officeErrors.invalidOperation(`${formatRect(rect)} overlaps merged cells`, "TableCollection.add");
        let n = wb.tables.length + 1;
        while ([...wb.tables, ...wb.names].some((x) => sameName(x.name, `Table${n}`))) n++;
        created = { id: `{table-${wb.nextId++}}`, name: `Table${n}`, sheet, rect, style: "TableStyleMedium2" };
        wb.tables.push(created);
        normaliseHeaders(wb, sheet);
      },
    });
    return new FakeTable(this.context, `${this.path}.add()`, () => created);
  }
}

export { headerRect, bodyRect };
