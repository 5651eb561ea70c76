/** Workbook-scoped names: `workbook.names.add(name, reference)` (ExcelApi 1.4) and lookups. */
import { formatRect, parseRect, sheetPrefix, splitSheet } from "./a1";
import { FakeCollection } from "./collection";
import type { FakeContext } from "./context";
import { checkDefinedName } from "./definedNames";
import { officeErrors } from "./errors";
import { FakeObject } from "./object";
import { FakeRange } from "./range";
import { type NameState, type WorkbookState, sameName } from "./state";

/** "=Forside!$B$8": absolute, with the sheet, as Excel shows a name's formula. */
export function nameFormula(n: NameState): string {
  if (!n.sheet) return "=#REF!";
  const abs = formatRect(n.rect).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  return `=${sheetPrefix(n.sheet.name)}${abs}`;
}

export class FakeNamedItem extends FakeObject<NameState> {
  protected readonly scalars = ["name", "type", "value", "visible", "formula"] as const;
  constructor(context: FakeContext, path: string, resolve: () => NameState | null, nullable = false) {
    super(context, "NamedItem", path, resolve, "1.1", nullable);
  }
  protected override property(n: NameState, prop: string): unknown {
    switch (prop) {
      case "name":
        return n.name;
      case "type":
        return n.sheet ? "Range" : "Error";
      case "value":
        return n.sheet ? nameFormula(n).slice(1) : "#REF!";
      case "visible":
        return n.visible;
      case "formula":
        this.context.host.requireApi("NamedItem.formula", "1.7");
        return nameFormula(n);
      default:
        return super.property(n, prop);
    }
  }
  get name(): string {
    return this.read("name");
  }
  get type(): string {
    return this.read("type");
  }
  get value(): string {
    return this.read("value");
  }
  get visible(): boolean {
    return this.read("visible");
  }
  get formula(): string {
    return this.read("formula");
  }
  private range(nullable: boolean): FakeRange {
    return new FakeRange(
      this.context,
      `${this.path}.getRange${nullable ? "OrNullObject" : ""}()`,
      () => {
        const n = this.target();
        if (!n) return null;
        if (n.sheet) return { sheet: n.sheet, rect: n.rect };
        if (nullable) return null;
        throw officeErrors.invalidOperation(`name "${n.name}" refers to #REF!`, "NamedItem.getRange");
      },
      nullable,
    );
  }
  getRange(): FakeRange {
    return this.range(false);
  }
  getRangeOrNullObject(): FakeRange {
    return this.range(true);
  }
  delete(): void {
    this.queue("delete", undefined, (n) => {
      const wb = this.context.host.workbook;
      wb.names = wb.names.filter((x) => x !== n);
    });
  }
}

export class FakeNamedItemCollection extends FakeCollection<NameState, FakeNamedItem, WorkbookState> {
  constructor(context: FakeContext) {
    super(context, "NamedItemCollection", "workbook.names", () => context.host.workbook);
  }
  protected list(wb: WorkbookState): NameState[] {
    return wb.names;
  }
  protected proxy(n: NameState): FakeNamedItem {
    return new FakeNamedItem(this.context, `name(${n.name})`, () => n);
  }
  private find(name: string): NameState | undefined {
    return this.context.host.workbook.names.find((n) => sameName(n.name, name));
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, `names.getItem(${name})`, () => {
      const n = this.find(name);
      if (!n) throw officeErrors.itemNotFound(`name "${name}"`);
      return n;
    });
  }
  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, `names.getItemOrNullObject(${name})`, () => this.find(name) ?? null, true);
  }

  /** `reference` is a Range or a formula such as "='Fase 1'!$B$2". */
  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    let created: NameState | null = null;
    const args = { name, reference: typeof reference === "string" ? reference : { ref: reference.path }, comment };
    this.context.enqueue({
      object: this,
      name: "add",
      args,
      run: () => {
        this.context.host.requireApi("NamedItemCollection.add", "1.4");
        const wb = this.context.host.workbook;
        checkDefinedName(wb, name, "NamedItemCollection.add");
        let target;
        if (reference instanceof FakeRange) {
          target = reference.target();
        } else {
          const { sheet, address } = splitSheet(reference);
          const s = wb.sheets.find((x) => sheet !== undefined && sameName(x.name, sheet));
          const rect = parseRect(address);
          target = s && rect ? { sheet: s, rect } : null;
        }
        if (!target) throw officeErrors.invalidArgument(`name "${name}" needs a range on a sheet`, "NamedItemCollection.add");
        created = { name, sheet: target.sheet, rect: target.rect, visible: true };
        wb.names.push(created);
      },
    });
    return new FakeNamedItem(this.context, `names.add(${name})`, () => created);
  }
}
