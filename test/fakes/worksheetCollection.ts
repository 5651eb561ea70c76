/** The fake `workbook.worksheets`: add, lookups and the first sheet. */
import { FakeCollection } from "./collection";
import type { FakeContext } from "./context";
import { officeErrors } from "./errors";
import { type SheetState, type WorkbookState, newSheet, sameName } from "./state";
import { FakeWorksheet, checkSheetName } from "./worksheet";

export class FakeWorksheetCollection extends FakeCollection<SheetState, FakeWorksheet, WorkbookState> {
  constructor(context: FakeContext) {
    super(context, "WorksheetCollection", "workbook.worksheets", () => context.host.workbook);
  }
  protected list(wb: WorkbookState): SheetState[] {
    return wb.sheets;
  }
  protected proxy(sheet: SheetState): FakeWorksheet {
    return new FakeWorksheet(this.context, `worksheet(${sheet.id})`, () => sheet);
  }

  private find(key: string): SheetState | undefined {
    return this.context.host.workbook.sheets.find((s) => sameName(s.name, key) || s.id === key);
  }

  /** Adds a sheet at the end; Excel does not activate it. */
  add(name?: string): FakeWorksheet {
    let created: SheetState | null = null;
    this.context.enqueue({
      object: this,
      name: "add",
      args: name,
      run: () => {
        const wb = this.context.host.workbook;
        const sheetName = name ?? `Sheet${wb.nextId}`;
        checkSheetName(wb, sheetName);
        created = newSheet(wb, sheetName);
        wb.sheets.push(created);
      },
    });
    return new FakeWorksheet(this.context, `worksheets.add(${name ?? ""})`, () => created);
  }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `worksheets.getItem(${key})`, () => {
      const s = this.find(key);
      if (!s) throw officeErrors.itemNotFound(`sheet "${key}"`);
      return s;
    });
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, `worksheets.getItemOrNullObject(${key})`, () => this.find(key) ?? null, true);
  }
  getFirst(visibleOnly = false): FakeWorksheet {
    return new FakeWorksheet(this.context, `worksheets.getFirst(${visibleOnly})`, () => {
      const first = this.context.host.workbook.sheets.find((s) => !visibleOnly || s.visibility === "Visible");
      if (!first) throw officeErrors.itemNotFound("first sheet");
      return first;
    });
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, "worksheets.getActiveWorksheet()", () => this.context.host.workbook.active ?? null);
  }
}

