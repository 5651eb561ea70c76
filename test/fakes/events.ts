/**
 * Table change events (`tables.onChanged`, ExcelApi 1.7): handlers registered through a table
 * collection hear about what a user types into a table (the fake's `typeInto`), as in Excel, where
 * the event comes after the edit and the handler runs on its own. `settled()` waits for the handlers
 * a test's typing started, and rethrows what they threw.
 */
import { type Rect, formatRect, overlaps } from "./a1";
import type { SheetState, WorkbookState } from "./state";

export type TableChangedHandler = (event: Excel.TableChangedEventArgs) => Promise<unknown>;

export interface Registration {
  /** The sheet whose tables the collection covers; undefined for the workbook's collection. */
  sheet?: SheetState;
  handler: TableChangedHandler;
}

export class TableEvents {
  private readonly registrations: Registration[] = [];
  private pending: Promise<unknown>[] = [];

  register(registration: Registration): void {
    this.registrations.push(registration);
  }

  unregister(registration: Registration | undefined): void {
    const at = registration ? this.registrations.indexOf(registration) : -1;
    if (at >= 0) this.registrations.splice(at, 1);
  }

  /** A user edited `rect` on `sheet`: each table it touches tells the handlers that cover it. */
  edited(workbook: WorkbookState, sheet: SheetState, rect: Rect): void {
    for (const table of workbook.tables.filter((t) => t.sheet === sheet && overlaps(t.rect, rect))) {
      const event = { type: "TableChanged", changeType: "RangeEdited", source: "Local", tableId: table.id, worksheetId: sheet.id, address: formatRect(rect) } as Excel.TableChangedEventArgs;
      for (const { handler } of this.registrations.filter((r) => r.sheet === undefined || r.sheet === sheet)) this.pending.push(handler(event));
    }
  }

  async settled(): Promise<void> {
    while (this.pending.length > 0) {
      const running = this.pending;
      this.pending = [];
      await Promise.all(running);
    }
  }
}
