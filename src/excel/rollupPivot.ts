/**
 * The rollup's PivotTable on its own sheet: tasks counted by wave (rows), phase and status
 * (columns), from the Status table. `pivotTables.add` and its hierarchies are ExcelApi 1.8: call
 * only when supported; otherwise the pane shows why it is missing (rollupNotes.ts).
 */
import type { Lang, Text } from "../model/types";
import { ROLLUP_TABLES, STATUS_COLUMNS, headerOf } from "../workbook/rollup/layout";
import { PIVOT_NAME, PIVOT_SHEET } from "./rollupFacts";

export const REQUIRES = "1.8";

const TITLE: Text = { da: "Opgaver pr. bølge, fase og status (pivottabel på tabellen Status)", en: "Tasks by wave, phase and status (PivotTable on the Status table)" };
const COUNT_NAME: Text = { da: "Antal opgaver", en: "Number of tasks" };

/** Queues the Pivot sheet and its PivotTable over the Status table (written in an earlier sync). */
export function queuePivot(context: Excel.RequestContext, lang: Lang): void {
  const sheet = context.workbook.worksheets.add(PIVOT_SHEET);
  sheet.getRange("A1").values = [[`'${TITLE[lang]}`]];
  sheet.getRange("A1").format.font.bold = true;
  const source = context.workbook.tables.getItem(ROLLUP_TABLES.status);
  const pivot = sheet.pivotTables.add(PIVOT_NAME, source, sheet.getRange("A3"));
  const field = (key: string) => pivot.hierarchies.getItem(headerOf(STATUS_COLUMNS, key, lang));
  pivot.rowHierarchies.add(field("wave"));
  pivot.columnHierarchies.add(field("phase"));
  pivot.columnHierarchies.add(field("status"));
  // Every Status row has a municipality code, so counting it counts the tasks.
  const count = pivot.dataHierarchies.add(field("code"));
  count.summarizeBy = "Count";
  count.name = COUNT_NAME[lang];
}
