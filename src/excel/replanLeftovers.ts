/**
 * Reading a workbook that an interrupted re-plan left half-swapped: beside the plan's tables stand
 * "Implan_ny_…" tables with the new plan, and some old tables may already be deleted. Nothing may be
 * lost and nothing should count twice, so a leftover table's row is read only when what was typed in
 * it is not already in a row with the same ID in the plan's own tables (then it is a copy); the rows
 * it keeps are read as the table it stands in for. A re-plan then writes it all once. Pure.
 */
import type { RawValue, SnapshotCell } from "../plan/snapshot";
import { ARCHIVE_COLUMNS, CRITERIA_COLUMNS, TASK_COLUMNS } from "../workbook/layout";
import { isBlankInput } from "../workbook/readTables";
import type { TableView } from "../workbook/workbookView";
import type { OpenWorkbookView } from "./readView";
import { isTemporaryTable, standsInFor } from "./replanNames";

const lower = (text: string) => text.trim().toLocaleLowerCase("da");

/** Columns the plan writes itself (IDs, titles, phases, dates, the archive's record): not entries. */
const PLAN_WRITTEN = new Set(
  [...TASK_COLUMNS.filter((c) => ["id", "task", "phase", "start", "deadline"].includes(c.key)), ...CRITERIA_COLUMNS.filter((c) => ["id", "criterion"].includes(c.key)), ...ARCHIVE_COLUMNS].flatMap((c) => [lower(c.header.da), lower(c.header.en)]),
);

const ID = lower(TASK_COLUMNS[0].header.da);

interface Row {
  id: string;
  /** Typed values by header: the formula text where there is one. */
  entries: Map<string, RawValue | string>;
}

/** The table's rows (with those typed right under it, `withBelow`) as IDs and entries. */
function rowsOf(table: TableView, withBelow = false): Row[] {
  const headers = table.headers.map(lower);
  const idAt = headers.indexOf(ID);
  return [...table.rows, ...(withBelow ? (table.below ?? []) : [])].map((cells: SnapshotCell[]) => {
    const entries = new Map<string, RawValue | string>();
    cells.forEach((cell, i) => {
      if (!PLAN_WRITTEN.has(headers[i]) && !isBlankInput({ ...cell, formula: undefined }) && headers[i] !== undefined) entries.set(headers[i], cell.formula ?? cell.value);
    });
    return { id: String(cells[idAt]?.value ?? "").trim(), entries };
  });
}

const same = (a: RawValue | string | undefined, b: RawValue | string | undefined) => JSON.stringify(a) === JSON.stringify(b);

/** The view with leftover tables cut down to what only they hold, read as the tables they stand in for. */
export function withoutLeftovers(view: OpenWorkbookView): OpenWorkbookView {
  const standing = view.sheets.flatMap((s) => s.tables).filter((t) => !isTemporaryTable(t.name));
  const byId = new Map<string, Row[]>();
  for (const row of standing.flatMap((t) => rowsOf(t, true))) byId.set(row.id, [...(byId.get(row.id) ?? []), row]);
  const isCopy = (row: Row) => (byId.get(row.id) ?? []).some((other) => [...row.entries].every(([header, value]) => same(other.entries.get(header), value)));
  const sorted = (table: TableView): TableView[] => {
    if (!isTemporaryTable(table.name)) return [table];
    const own = rowsOf(table);
    const rows = table.rows.filter((_, i) => !isCopy(own[i]));
    return rows.length === 0 ? [] : [{ ...table, name: standsInFor(table.name), rows, below: [] }];
  };
  return { ...view, sheets: view.sheets.map((sheet) => ({ ...sheet, tables: sheet.tables.flatMap(sorted) })) };
}
