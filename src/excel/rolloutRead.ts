/**
 * Reads the rollout (the tables Udrulning and Bølger) from the open workbook in one sync, into the
 * host-neutral WorkbookView that readRolloutView reads, as the CLI does from a file. Only the two
 * tables' own cells are fetched: a rollup workbook's big Status table is never read for this.
 */
import type { RolloutPlan } from "../plan/rollup/rollout";
import { ROLLUP_TABLES } from "../workbook/rollup/layout";
import { readRolloutView } from "../workbook/rollup/readRollout";
import type { SheetView } from "../workbook/workbookView";
import { asUserErrors } from "./errors";
import { tableView, toGrid } from "./grid";
import type { ExcelRun } from "./host";

/** The rollout in the open workbook; null when it has no Udrulning table. */
export async function readOpenRollout(run: ExcelRun): Promise<RolloutPlan | null> {
  return asUserErrors("rollout", () =>
    run(async (context) => {
      const reads = [ROLLUP_TABLES.rollout, ROLLUP_TABLES.rolloutWaves].map((name) => {
        const table = context.workbook.tables.getItemOrNullObject(name);
        table.load("name,worksheet/name");
        const range = table.getRange();
        range.load("address,values,formulas,valueTypes,numberFormat");
        return { table, range };
      });
      await context.sync();

      if (reads[0].table.isNullObject) return null;
      const sheets: SheetView[] = reads.flatMap(({ table, range }) => {
        if (table.isNullObject) return [];
        const grid = toGrid({ address: range.address, values: range.values, formulas: range.formulas, valueTypes: range.valueTypes, numberFormat: range.numberFormat });
        return [{ name: table.worksheet.name, tables: [tableView(table.name, range.address, grid)], cell: (address: string) => grid.cell(address) }];
      });
      // A rollout table with a problem (a missing column) is a UserError saying what to fix.
      return readRolloutView({ source: "projektmappen", sheets, names: [] });
    }),
  );
}
