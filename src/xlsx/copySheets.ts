/**
 * Carrying a user's own sheets (and workbook names) from an old workbook into a re-planned one, so
 * implan update never loses them: values, formulas, cell styles, column widths, row heights,
 * merged cells, data validations, conditional formats and Excel tables. ExcelJS cannot carry
 * charts, images, pivot tables or comments' formatting; those are lost (said in the update report).
 */
import type ExcelJS from "exceljs";

/** A deep copy of plain ExcelJS model data (styles, validations, formats). */
const clone = <T>(value: T): T => (value === undefined ? value : structuredClone(value));

interface LoadedTable {
  name: string;
  displayName?: string;
  tableRef?: string;
  ref?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  style?: ExcelJS.TableStyleProperties;
  columns: { name: string; filterButton?: boolean }[];
}

function copyCells(from: ExcelJS.Worksheet, to: ExcelJS.Worksheet): void {
  from.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const target = to.getRow(rowNumber);
    if (row.height) target.height = row.height;
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const copy = target.getCell(column);
      const formula = cell.formula as string | undefined;
      copy.value = formula ? ({ formula, result: cell.result } as ExcelJS.CellFormulaValue) : clone(cell.value);
      copy.style = clone(cell.style);
    });
  });
  from.columns?.forEach((column, i) => {
    if (column.width) to.getColumn(i + 1).width = column.width;
    if (column.hidden) to.getColumn(i + 1).hidden = true;
  });
}

function copyTables(from: ExcelJS.Worksheet, to: ExcelJS.Worksheet): void {
  const tables = (from.getTables() as unknown as { table?: LoadedTable; model?: LoadedTable }[]).map((t) => t.table ?? t.model);
  for (const table of tables) {
    const ref = table?.tableRef ?? table?.ref;
    if (!table || !ref) continue;
    const [start, end = start] = ref.split(":");
    const top = to.getCell(start);
    const bottom = to.getCell(end);
    const firstBody = Number(top.row) + (table.headerRow === false ? 0 : 1);
    const lastBody = Number(bottom.row) - (table.totalsRow ? 1 : 0);
    const rows: ExcelJS.CellValue[][] = [];
    for (let r = firstBody; r <= lastBody; r++) {
      rows.push(table.columns.map((_, c) => to.getCell(r, Number(top.col) + c).value));
    }
    to.addTable({
      name: table.name,
      displayName: table.displayName ?? table.name,
      ref: start,
      headerRow: table.headerRow !== false,
      totalsRow: false,
      style: table.style ?? { theme: "TableStyleMedium2", showRowStripes: true },
      columns: table.columns.map((c) => ({ name: c.name, filterButton: c.filterButton ?? true })),
      rows: rows.length > 0 ? rows : [table.columns.map(() => null)],
    });
  }
}

/** `name`, or "name (2)", "name (3)" … when the workbook already has a sheet of that name (Excel ignores case). */
function freeName(workbook: ExcelJS.Workbook, name: string): string {
  const taken = new Set(workbook.worksheets.map((ws) => ws.name.toLowerCase()));
  let candidate = name;
  for (let i = 2; taken.has(candidate.toLowerCase()); i++) candidate = `${name.slice(0, 31 - ` (${i})`.length)} (${i})`;
  return candidate;
}

/** Copies sheet `from` into `workbook` at the end, under its own name or, if the plan now uses it, a free one. */
export function copySheet(from: ExcelJS.Worksheet, workbook: ExcelJS.Workbook): ExcelJS.Worksheet {
  const to = workbook.addWorksheet(freeName(workbook, from.name), {
    state: from.state,
    properties: clone(from.properties),
    views: clone(from.views),
    pageSetup: clone(from.pageSetup),
  });
  copyCells(from, to);
  for (const range of (from.model as { merges?: string[] }).merges ?? []) to.mergeCells(range);
  const validations = (from as unknown as { dataValidations: { model: unknown } }).dataValidations;
  (to as unknown as { dataValidations: { model: unknown } }).dataValidations.model = clone(validations.model);
  const formats = (from as unknown as { conditionalFormattings?: unknown[] }).conditionalFormattings ?? [];
  (to as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings = clone(formats);
  copyTables(from, to);
  return to;
}

/** Copies the old workbook's names that the new one lacks (a user's own named ranges). */
export function copyMissingNames(from: ExcelJS.Workbook, to: ExcelJS.Workbook): string[] {
  const existing = new Set((to.definedNames.model as { name: string }[]).map((n) => n.name.toLowerCase()));
  const added: string[] = [];
  for (const { name, ranges } of from.definedNames.model as { name: string; ranges: string[] }[]) {
    if (existing.has(name.toLowerCase())) continue;
    for (const range of ranges) to.definedNames.add(range, name);
    added.push(name);
  }
  return added;
}
