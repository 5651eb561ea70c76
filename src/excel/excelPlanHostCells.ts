/**
 * Taking the user to a cell, and hearing about edits to the plan's tables for live checking.
 */
import { UserError } from "../model/errors";
import { CRITERIA_TABLE_PREFIX, TASK_TABLE_PREFIX } from "../workbook/layout";
import { asPaneErrors } from "./excelPlanHostErrors";
import type { ExcelRun } from "./host";
import type { CellChange, Unsubscribe } from "./planHost";

/** Activates `sheet` and selects `address` on it; with no sheet, `address` is a workbook name (GoLive). */
export async function selectCell(run: ExcelRun, sheet: string, address: string): Promise<void> {
  await asPaneErrors("select", () =>
    run(async (context) => {
      if (sheet === "") {
        const name = context.workbook.names.getItemOrNullObject(address);
        name.load("name");
        await context.sync();
        if (name.isNullObject) {
          throw new UserError({
            da: `Navnet ${address} findes ikke i projektmappen, så der er ingen celle at vise. Ret det, fundet beskriver, og valider igen.`,
            en: `The name ${address} does not exist in the workbook, so there is no cell to show. Fix what the finding describes and validate again.`,
          });
        }
        const range = name.getRange();
        range.worksheet.activate();
        range.select();
        await context.sync();
        return;
      }
      const worksheet = context.workbook.worksheets.getItemOrNullObject(sheet);
      worksheet.load("visibility");
      await context.sync();
      if (worksheet.isNullObject) {
        throw new UserError({
          da: `Arket "${sheet}" findes ikke længere (omdøbt eller slettet). Valider igen for at få fundene på de nuværende ark.`,
          en: `The sheet "${sheet}" no longer exists (renamed or deleted). Validate again to get the findings on the current sheets.`,
        });
      }
      if (worksheet.visibility !== "Visible") {
        throw new UserError({
          da: `Arket "${sheet}" er skjult. Vis det (højreklik på en arkfane > Vis), og vælg fundet igen.`,
          en: `The sheet "${sheet}" is hidden. Unhide it (right-click a sheet tab > Unhide) and choose the finding again.`,
        });
      }
      worksheet.activate();
      worksheet.getRange(address).select();
      await context.sync();
    }),
  );
}

const isPlanTable = (name: string) => [TASK_TABLE_PREFIX, CRITERIA_TABLE_PREFIX].some((prefix) => name.toLowerCase().startsWith(prefix.toLowerCase()));

/**
 * Edits to task and criteria tables, delivered to every listener. Excel is asked once, on the first
 * watch; stopping a watch drops its listener only (removing Excel's handler would need the context
 * it was added with, which an `ExcelRun` does not hand back).
 */
export function createChangeWatch(run: ExcelRun): (onChange: (changes: CellChange[]) => void) => Promise<Unsubscribe> {
  const listeners = new Set<(changes: CellChange[]) => void>();
  let registered: Promise<void> | undefined;

  /** The sheet of a changed plan table; "" when the lookup fails, so the edit still triggers a check. */
  const changeOf = async (event: Excel.TableChangedEventArgs): Promise<CellChange | undefined> => {
    try {
      return await run(async (context) => {
        const table = context.workbook.tables.getItemOrNullObject(event.tableId);
        table.load("name");
        const worksheet = context.workbook.worksheets.getItemOrNullObject(event.worksheetId);
        worksheet.load("name");
        await context.sync();
        if (!table.isNullObject && !isPlanTable(table.name)) return undefined;
        return { sheet: worksheet.isNullObject ? "" : worksheet.name, address: event.address };
      });
    } catch (error) {
      console.error("Implementeringsplan: could not look up a changed table", error);
      return { sheet: "", address: event.address };
    }
  };

  const register = () =>
    asPaneErrors("watch", () =>
      run(async (context) => {
        context.workbook.tables.onChanged.add(async (event) => {
          if (listeners.size === 0) return;
          const change = await changeOf(event);
          if (change) for (const listener of [...listeners]) listener([change]);
        });
        await context.sync();
      }),
    );

  return async (onChange) => {
    registered ??= register().catch((error: unknown) => {
      registered = undefined;
      throw error;
    });
    await registered;
    listeners.add(onChange);
    return () => {
      listeners.delete(onChange);
    };
  };
}
