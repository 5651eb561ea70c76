/**
 * Reads the open workbook for validation in one sync, into the host-neutral WorkbookView that
 * `readSnapshot` turns into a PlanSnapshot. The sheet list is unknown before a sync, so the batch
 * walks a chain of "next sheet" objects from the first one: past the last sheet Excel answers with
 * null objects, and whatever is asked of a null object is null too (Microsoft's own samples rely on
 * this). Tables are fetched by the names the workbook contract gives them; their cells come from
 * their sheet's used range, so nothing is read twice. Only a table the user may have renamed costs
 * one more sync, because its name is known only after the first (see planHeaders.ts).
 */
import { MODEL } from "../model";
import { UserError } from "../model/errors";
import type { PlanSnapshot } from "../plan/snapshot";
import { ARCHIVE_TABLE, META_TABLE, PHASE_TABLE, criteriaTableName, taskTableName } from "../workbook/layout";
import { readSnapshot } from "../workbook/readSnapshot";
import type { NameView, SheetView, WorkbookView } from "../workbook/workbookView";
import { asUserErrors } from "./errors";
import { type Grid, splitReference, tableView, toGrid } from "./grid";
import type { ExcelRun } from "./host";
import { mayHoldRenamedPlanTable } from "./planHeaders";
import { withoutLeftovers } from "./replanLeftovers";
import { isTemporaryTable } from "./replanNames";

/** Sheets read in one go; a plan has about 17. Past this the reader says so instead of guessing. */
export const MAX_SHEETS = 100;

/** The tables the workbook contract names (src/workbook/layout). */
export function contractTableNames(): string[] {
  return [PHASE_TABLE, META_TABLE, ARCHIVE_TABLE, ...MODEL.themes.map((t) => taskTableName(t.id)), ...MODEL.phases.map((p) => criteriaTableName(p.id))];
}

const TOO_MANY_SHEETS = {
  da: `Projektmappen har over ${MAX_SHEETS} ark, og tilføjelsen læser højst ${MAX_SHEETS}. Flyt planen til en projektmappe for sig, og prøv igen.`,
  en: `The workbook has more than ${MAX_SHEETS} sheets and the add-in reads at most ${MAX_SHEETS}. Move the plan to a workbook of its own and try again.`,
};

type TableRead = { table: Excel.Table; range: Excel.Range };

function queueTables(context: Excel.RequestContext, names: string[]): TableRead[] {
  return names.map((name) => {
    const table = context.workbook.tables.getItemOrNullObject(name);
    table.load("name");
    const range = table.getRange();
    range.load("address");
    return { table, range };
  });
}

function addTables(reads: TableRead[], sheets: SheetView[], grids: Map<string, Grid>): void {
  for (const { table, range } of reads) {
    if (table.isNullObject) continue;
    const where = splitReference(range.address);
    const grid = where && grids.get(where.sheet);
    const owner = where && sheets.find((s) => s.name === where.sheet);
    if (grid && owner) owner.tables.push(tableView(table.name, range.address, grid));
  }
}

/** A sheet of the open workbook, with its formula cells for a re-plan to put back. */
export interface OpenSheetView extends SheetView {
  formulaCells(): { address: string; formula: string }[];
}

/** The open workbook's view: its sheets in workbook order, and every table and workbook name it has. */
export interface OpenWorkbookView extends WorkbookView {
  sheets: OpenSheetView[];
  tableNames: string[];
  /** All workbook-scoped names, those pointing at #REF! too. */
  definedNames: string[];
}

export async function readPlanView(run: ExcelRun): Promise<OpenWorkbookView> {
  const known = contractTableNames();
  return asUserErrors("read", () =>
    run(async (context) => {
      const workbook = context.workbook;
      const names = workbook.names.load("items/name,items/type,items/formula");
      const allTables = workbook.tables.load("items/name,items/worksheet/name");
      const chain: { sheet: Excel.Worksheet; used: Excel.Range }[] = [];
      let sheet = workbook.worksheets.getFirst();
      for (let i = 0; i < MAX_SHEETS; i++) {
        sheet.load("name");
        const used = sheet.getUsedRangeOrNullObject(true);
        used.load("address,values,formulas,valueTypes,numberFormat");
        chain.push({ sheet, used });
        sheet = sheet.getNextOrNullObject();
      }
      const beyond = sheet;
      beyond.load("name");
      const contractTables = queueTables(context, known);
      await context.sync();

      if (!beyond.isNullObject) throw new UserError(TOO_MANY_SHEETS);
      const grids = new Map<string, Grid>();
      const sheets: OpenSheetView[] = [];
      for (const { sheet: ws, used } of chain) {
        if (ws.isNullObject) break;
        const grid = toGrid(used.isNullObject ? undefined : { address: used.address, values: used.values, formulas: used.formulas, valueTypes: used.valueTypes, numberFormat: used.numberFormat });
        grids.set(ws.name, grid);
        sheets.push({ name: ws.name, tables: [], cell: (address) => grid.cell(address), formulaCells: () => grid.formulaCells() });
      }
      addTables(contractTables, sheets, grids);
      const otherItems = allTables.items.filter((t) => !known.some((k) => k.toLowerCase() === t.name.toLowerCase()));
      const others = otherItems.map((t) => t.name);
      const otherSheets = new Set(otherItems.map((t) => t.worksheet.name));
      // A leftover of an interrupted re-plan may hold entries, so it is always read (replanNames.ts).
      if (others.some(isTemporaryTable) || mayHoldRenamedPlanTable(sheets.filter((s) => otherSheets.has(s.name)), grids)) {
        const otherTables = queueTables(context, others);
        await context.sync();
        addTables(otherTables, sheets, grids);
      }
      const nameViews: NameView[] = names.items.flatMap((n) => {
        const ref = n.type === "Range" ? splitReference(n.formula) : undefined;
        return ref ? [{ name: n.name, sheet: ref.sheet, range: ref.range }] : [];
      });
      return { source: "workbook", sheets, names: nameViews, tableNames: allTables.items.map((t) => t.name), definedNames: names.items.map((n) => n.name) };
    }),
  );
}

/**
 * The open workbook as a PlanSnapshot; every failure is a UserError saying what to do. A workbook an
 * interrupted re-plan left half-swapped reads as the plan it stands for (replanLeftovers.ts).
 */
export async function readPlanSnapshot(run: ExcelRun): Promise<PlanSnapshot> {
  const view = await readPlanView(run);
  return asUserErrors("read", async () => readSnapshot(withoutLeftovers(view)));
}
