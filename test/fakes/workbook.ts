/** The fake `context.workbook` and `Excel.Application`. */
import type { FakeContext } from "./context";
import { FakeObject } from "./object";
import { FakeNamedItemCollection } from "./names";
import type { WorkbookState } from "./state";
import { FakeTableCollection } from "./table";
import { FakeWorksheetCollection } from "./worksheetCollection";

export class FakeApplication extends FakeObject<WorkbookState> {
  protected readonly scalars = [] as const;
  constructor(context: FakeContext) {
    super(context, "Application", "application", () => context.host.workbook);
  }
  /** ExcelApi 1.6: no recalculation from this batch's writes until the sync that sends them ends. */
  suspendApiCalculationUntilNextSync(): void {
    this.queue("suspendApiCalculationUntilNextSync", undefined, () => this.context.noteSuspendCalculation(), "1.6");
  }
}

export class FakeWorkbook extends FakeObject<WorkbookState> {
  protected readonly scalars = [] as const;
  private readonly parts: { worksheets?: FakeWorksheetCollection; tables?: FakeTableCollection; names?: FakeNamedItemCollection; application?: FakeApplication } = {};

  constructor(context: FakeContext) {
    super(context, "Workbook", "workbook", () => context.host.workbook);
  }
  get worksheets(): FakeWorksheetCollection {
    return (this.parts.worksheets ??= new FakeWorksheetCollection(this.context));
  }
  get tables(): FakeTableCollection {
    return (this.parts.tables ??= new FakeTableCollection(this.context, "workbook.tables", () => this.context.host.workbook));
  }
  get names(): FakeNamedItemCollection {
    return (this.parts.names ??= new FakeNamedItemCollection(this.context));
  }
  get application(): FakeApplication {
    return (this.parts.application ??= new FakeApplication(this.context));
  }
}
