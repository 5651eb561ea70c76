/** The shape of an .xlsx read back with ExcelJS (see shape.ts), in the fake host's units. */
import ExcelJS from "exceljs";
import { widthToPoints } from "../../../src/excel/sheetLayout";
import { serialOfDate } from "../../../src/xlsx/cellValue";
import { eachCellOf, letters } from "./fakeShape";
import { type CellShape, type SheetShape, type StyleShape, type WorkbookShape, compact, rgb } from "./shape";

function plain(value: unknown): CellShape["value"] {
  if (value === null || value === undefined || value === "") return null;
  if (value instanceof Date) return serialOfDate(value);
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  throw new Error(`unexpected cell value ${JSON.stringify(value)}`);
}

function style(cell: ExcelJS.Cell): StyleShape {
  const font = cell.font ?? {};
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  const align = cell.alignment ?? {};
  return compact({
    bold: font.bold || undefined,
    italic: font.italic || undefined,
    size: font.size === 11 ? undefined : font.size,
    fontColor: rgb(font.color?.argb),
    fill: fill?.type === "pattern" && fill.pattern === "solid" ? rgb(fill.fgColor?.argb) : undefined,
    wrap: align.wrapText || undefined,
    horizontal: align.horizontal,
    vertical: align.vertical,
  });
}

interface LoadedTable {
  name: string;
  tableRef?: string;
  ref?: string;
  columns: { name: string }[];
  style?: { theme?: string };
}

function sheetShape(ws: ExcelJS.Worksheet): SheetShape {
  const cells: SheetShape["cells"] = {};
  const styles: SheetShape["styles"] = {};
  const rowHeights: SheetShape["rowHeights"] = {};
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.height !== undefined && row.height !== null && (row as unknown as { customHeight?: boolean }).customHeight !== false) rowHeights[String(r)] = row.height;
    row.eachCell({ includeEmpty: true }, (cell) => {
      // ExcelJS reports a merged area's other cells with the top-left cell's value and style; Excel
      // shows only the top-left one, so only that one is compared.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      // ExcelJS's `cell.formula` misses some formula cells with date results; the value object has it.
      const raw = cell.value as { formula?: string } | null;
      const formula = (cell.formula as string | undefined) ?? (raw && typeof raw === "object" && !(raw instanceof Date) ? raw.formula : undefined);
      const value = formula ? null : plain(cell.value);
      const numberFormat = cell.numFmt && cell.numFmt !== "General" ? cell.numFmt : undefined;
      if (value !== null || formula || numberFormat) cells[cell.address] = compact({ value, formula, numberFormat });
      const s = style(cell);
      if (Object.keys(s).length > 0) styles[cell.address] = s;
    });
  });
  const model = ws as unknown as { dataValidations: { model: Record<string, { formulae?: string[] }> }; conditionalFormattings: { ref: string; rules: { formulae?: string[]; priority?: number; style?: { fill?: { bgColor?: { argb?: string } }; font?: { color?: { argb?: string }; bold?: boolean } } }[] }[] };
  const validations: Record<string, string> = {};
  for (const [range, rule] of Object.entries(model.dataValidations.model)) eachCellOf(range, (a) => (validations[a] = rule.formulae?.[0] ?? ""));
  const rules = model.conditionalFormattings.flatMap((cf) => cf.rules.map((rule) => ({ range: cf.ref, rule })));
  rules.sort((a, b) => (a.rule.priority ?? 0) - (b.rule.priority ?? 0));
  const columnWidths: Record<string, number> = {};
  ((ws as unknown as { model: { cols?: { min: number; max: number; width: number }[] } }).model.cols ?? []).forEach((c) => {
    for (let i = c.min; i <= c.max; i++) columnWidths[letters(i)] = widthToPoints(c.width);
  });
  const view = ws.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  const setup = ws.pageSetup;
  return compact({
    visibility: ws.state as SheetShape["visibility"],
    tabColor: rgb((ws.properties.tabColor as { argb?: string } | undefined)?.argb),
    cells,
    styles,
    merges: [...((ws.model as unknown as { merges?: string[] }).merges ?? [])].sort(),
    validations,
    conditionalFormats: rules.map(({ range, rule }) =>
      compact({ range, formula: rule.formulae?.[0] ?? "", fill: rgb(rule.style?.fill?.bgColor?.argb), fontColor: rgb(rule.style?.font?.color?.argb), bold: rule.style?.font?.bold || undefined }),
    ),
    freeze: view?.state === "frozen" ? { rows: view.ySplit ?? 0, columns: view.xSplit ?? 0 } : undefined,
    columnWidths,
    rowHeights,
    // The ExcelJS renderer sets fit-to-page exactly when the description asks for print setup.
    print: setup.fitToPage ? compact({ orientation: setup.orientation, titleRows: setup.printTitlesRow, footer: ws.headerFooter?.oddFooter || undefined }) : undefined,
  });
}

export async function xlsxShape(bytes: Buffer): Promise<WorkbookShape> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const order = wb.worksheets.map((ws) => ws.name);
  const tables: WorkbookShape["tables"] = {};
  for (const ws of wb.worksheets) {
    for (const t of ws.getTables() as unknown as { table?: LoadedTable; model?: LoadedTable }[]) {
      const m = t.table ?? t.model;
      if (m) tables[m.name] = { sheet: ws.name, address: m.tableRef ?? m.ref ?? "", headers: m.columns.map((c) => c.name), style: m.style?.theme ?? "" };
    }
  }
  const names = Object.fromEntries((wb.definedNames.model as { name: string; ranges: string[] }[]).map((n) => [n.name, n.ranges[0]?.replace(/^'(.*)'!/, "$1!") ?? ""]));
  return { order, sheets: Object.fromEntries(wb.worksheets.map((ws) => [ws.name, sheetShape(ws)])), names, tables };
}
