/**
 * Whether a workbook may hold a plan table under another name. The reader finds the plan's tables
 * by their contract names in one sync; any other table costs a second sync to fetch by name, which
 * only pays when it could be a renamed plan table: one whose header row has the texts by which
 * src/workbook/readTables recognises a task or criteria table. Those texts are in the cells of the
 * sheets holding such tables, which the first sync already read, so most workbooks (a user's own
 * tables, the Validering sheet) are read in one sync.
 */
import { parseAddress } from "../workbook/address";
import { CRITERIA_COLUMNS, TASK_COLUMNS } from "../workbook/layout";
import type { SheetView } from "../workbook/workbookView";
import type { Grid } from "./grid";

function texts(columns: { key: string; header: { da: string; en: string } }[], key: string): string[] {
  const column = columns.find((c) => c.key === key);
  return column ? [column.header.da, column.header.en].map((h) => h.toLocaleLowerCase("da")) : [];
}

/** Header sets, each of which makes a table a plan table (readTables.tableKind's fallback). */
const SIGNATURES = [
  [texts(TASK_COLUMNS, "id"), texts(TASK_COLUMNS, "task"), texts(TASK_COLUMNS, "status")],
  [texts(CRITERIA_COLUMNS, "id"), texts(CRITERIA_COLUMNS, "criterion"), texts(CRITERIA_COLUMNS, "assessment")],
];

/** True when a row of these sheets, outside the tables already found, has a plan table's headers. */
export function mayHoldRenamedPlanTable(sheets: readonly SheetView[], grids: ReadonlyMap<string, Grid>): boolean {
  return sheets.some((sheet) => {
    const headerRows = new Set(sheet.tables.map((t) => parseAddress(t.topLeft).row));
    return (grids.get(sheet.name)?.textRows() ?? []).some(
      ({ row, texts: found }) => !headerRows.has(row) && SIGNATURES.some((signature) => signature.every((alternatives) => alternatives.some((t) => found.has(t)))),
    );
  });
}
