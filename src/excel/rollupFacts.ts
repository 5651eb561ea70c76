/**
 * Before writing a rollup: one sync that reads what the open workbook holds that the rollup could
 * collide with — every sheet, every table and its sheet, the header row of each table sharing a name
 * with one of the rollup's, the workbook names, whether the Pivot sheet holds the rollup's own
 * PivotTable, and whether the workbook is one blank starting sheet.
 */
import type { WorkbookDescription } from "../workbook/types";
import { splitReference } from "./grid";
import type { Supports } from "./host";
import { REQUIRES as SHAPES_API, queueShapes } from "./optional/shapes";

/** The PivotTable's sheet and name: the same in both languages, so a rollup finds its own again. */
export const PIVOT_SHEET = "Pivot";
export const PIVOT_NAME = "Udrulningspivot";

export interface RollupFacts {
  sheets: { name: string; visible: boolean }[];
  tables: { name: string; sheet: string }[];
  /** Header texts of existing tables that share a name with a table of the rollup, by lower-case name. */
  headers: Map<string, string[]>;
  /** Workbook names; `sheet` is undefined for a name that points nowhere (#REF!) or at no range. */
  names: { name: string; sheet?: string }[];
  /** The sheet named PIVOT_SHEET, if any, and whether it holds the rollup's PivotTable. */
  pivotSheet?: { ours: boolean };
  /** The workbook is one sheet with no cells, tables, charts or shapes: removed after writing. */
  blankSheet?: string;
}

const lower = (name: string) => name.toLocaleLowerCase("da");

export async function readRollupFacts(context: Excel.RequestContext, description: WorkbookDescription, supports: Supports): Promise<RollupFacts> {
  const workbook = context.workbook;
  const sheets = workbook.worksheets.load("items/name,items/visibility");
  const tables = workbook.tables.load("items/name,items/worksheet/name");
  const names = workbook.names.load("items/name,items/type,items/formula");
  const wanted = description.sheets.flatMap((s) => s.tables.map((t) => t.name));
  const headerRows = wanted.map((name) => {
    const table = workbook.tables.getItemOrNullObject(name);
    table.load("name");
    const header = table.getHeaderRowRange();
    header.load("values");
    return { name, table, header };
  });
  const pivotSheet = workbook.worksheets.getItemOrNullObject(PIVOT_SHEET);
  pivotSheet.load("name");
  const pivot = pivotSheet.pivotTables.getItemOrNullObject(PIVOT_NAME);
  pivot.load("name");
  const first = workbook.worksheets.getFirst();
  first.load("name");
  const used = first.getUsedRangeOrNullObject(false);
  used.load("address");
  const charts = first.charts.load("items/name");
  const shapes = supports(SHAPES_API) ? queueShapes(first) : undefined;
  await context.sync();

  const headers = new Map<string, string[]>();
  for (const { name, table, header } of headerRows) {
    if (!table.isNullObject) headers.set(lower(name), (header.values[0] ?? []).map((v) => String(v ?? "")));
  }
  // Without a way to count shapes a picture could be lost, so such a sheet is kept (as preflight does).
  const blank = sheets.items.length === 1 && used.isNullObject && tables.items.length === 0 && charts.items.length === 0 && shapes !== undefined && shapes.items.length === 0;
  return {
    sheets: sheets.items.map((s) => ({ name: s.name, visible: s.visibility === "Visible" })),
    tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
    headers,
    names: names.items.map((n) => ({ name: n.name, sheet: n.type === "Range" ? splitReference(n.formula)?.sheet : undefined })),
    pivotSheet: pivotSheet.isNullObject ? undefined : { ours: !pivot.isNullObject },
    blankSheet: blank ? first.name : undefined,
  };
}
