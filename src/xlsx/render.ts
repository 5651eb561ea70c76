/**
 * Renders a workbook description to an ExcelJS workbook. Pure translation: every decision about
 * what the workbook contains is made in src/workbook; this file only knows how ExcelJS spells it.
 */
import ExcelJS from "exceljs";
import { parseAddress, quoteSheet } from "../workbook/address";
import type { CellStyle, CellValue, ConditionalFormat, SheetDescription, StyleKey, WorkbookDescription } from "../workbook/types";

const argb = (rgb: string) => `FF${rgb}`;

function toExcelValue(value: CellValue): ExcelJS.CellValue {
  switch (value.kind) {
    case "empty":
      return null;
    case "text":
      // A plain string is always a string cell in ExcelJS, even "=…": no formula injection here.
      return value.text;
    case "number":
      return value.value;
    case "date":
      return value.serial;
    case "formula":
      return value.result === undefined ? { formula: value.formula } : { formula: value.formula, result: value.result };
  }
}

function excelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (style.bold || style.italic || style.size || style.fontColor) {
    // Name the default font and size: without them LibreOffice prints the cell in a 10 pt serif.
    out.font = {
      name: "Calibri",
      bold: style.bold,
      italic: style.italic,
      size: style.size ?? 11,
      color: style.fontColor ? { argb: argb(style.fontColor) } : undefined,
    };
  }
  if (style.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } };
  if (style.wrap || style.horizontal || style.vertical) {
    out.alignment = { wrapText: style.wrap, horizontal: style.horizontal, vertical: style.vertical };
  }
  if (style.numberFormat) out.numFmt = style.numberFormat;
  return out;
}

/** A named style's ExcelJS form, made once per workbook; undefined for no style. */
type StyleOf = (key: StyleKey | undefined) => Partial<ExcelJS.Style> | undefined;

function styleLookup(styles: Record<StyleKey, CellStyle>): StyleOf {
  const made = new Map<StyleKey, Partial<ExcelJS.Style>>();
  return (key) => {
    if (!key) return undefined;
    let style = made.get(key);
    if (!style) made.set(key, (style = excelStyle(styles[key])));
    return style;
  };
}

/**
 * Cells with the same named style share one style object: ExcelJS serialises a style object once
 * per file and reuses its id for every cell holding that object, where a copy per cell is
 * serialised and looked up again each time (a third of a plan's write time). Shared objects are
 * never changed: a cell that already has a style of its own gets a merged copy.
 */
function applyStyle(target: ExcelJS.Cell, style: Partial<ExcelJS.Style> | undefined): void {
  if (!style) return;
  const own = target.style;
  target.style = hasStyle(own) ? { ...own, ...style } : (style as ExcelJS.Style);
}

/** True when any part of the style is set; a loop, not Object.values, as it runs once per cell. */
function hasStyle(style: Partial<ExcelJS.Style> | undefined): boolean {
  for (const key in style) if (style[key as keyof ExcelJS.Style] !== undefined) return true;
  return false;
}

function conditionalRule(format: ConditionalFormat): ExcelJS.ConditionalFormattingRule {
  const style: Partial<ExcelJS.Style> = {};
  if (format.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: argb(format.fill) } };
  if (format.fontColor || format.bold) style.font = { color: format.fontColor ? { argb: argb(format.fontColor) } : undefined, bold: format.bold };
  return { type: "expression", formulae: [format.formula], style, priority: format.priority };
}

function renderSheet(workbook: ExcelJS.Workbook, sheet: SheetDescription, styleOf: StyleOf, noStyle: Partial<ExcelJS.Style>): void {
  const ws = workbook.addWorksheet(sheet.name, {
    state: sheet.visibility,
    properties: sheet.tabColor ? { tabColor: { argb: argb(sheet.tabColor) } } : {},
    views: sheet.freeze ? [{ state: "frozen", xSplit: sheet.freeze.columns, ySplit: sheet.freeze.rows }] : [],
    pageSetup: sheet.print
      ? {
          paperSize: 9,
          orientation: sheet.print.orientation,
          fitToPage: true,
          fitToWidth: 1,
          fitToHeight: 0,
          printTitlesRow: sheet.print.repeatRows,
        }
      : undefined,
  });
  if (sheet.print?.footer) {
    const { left, center, right } = sheet.print.footer;
    ws.headerFooter = { oddFooter: `&L${left.replace(/&/g, "&&")}&C${center}&R${right}` };
  }
  sheet.columnWidths.forEach((width, i) => {
    ws.getColumn(i + 1).width = width;
  });
  for (const { row, height } of sheet.rowHeights) ws.getRow(row).height = height;

  for (const table of sheet.tables) {
    ws.addTable({
      name: table.name,
      displayName: table.name,
      ref: table.topLeft,
      headerRow: true,
      style: { theme: table.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
      columns: table.columns.map((c) => ({ name: c.header, filterButton: true })),
      rows: table.rows.map((row) => row.map(toExcelValue)),
    });
    const { column: firstColumn, row: headerRow } = parseAddress(table.topLeft);
    table.columns.forEach((column, i) => {
      ws.getColumn(firstColumn + i).width = column.width;
      ws.getCell(headerRow, firstColumn + i).alignment = { vertical: "top", wrapText: true };
      const style = styleOf(column.style) ?? noStyle;
      // By row and column number: ws.getCell(row, column) parses an address it first builds, per cell.
      table.rows.forEach((_, r) => applyStyle(ws.getRow(headerRow + 1 + r).getCell(firstColumn + i), style));
    });
  }
  for (const c of sheet.cells) {
    const target = ws.getCell(c.address);
    target.value = toExcelValue(c.value);
    applyStyle(target, styleOf(c.style));
  }
  for (const merge of sheet.merges) ws.mergeCells(merge);
  // One rule per range: ExcelJS's typings omit `dataValidations`, but cell-by-cell rules overlap.
  const validations = (ws as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } }).dataValidations;
  for (const v of sheet.validations) {
    validations.add(v.range, {
      type: "list",
      allowBlank: true,
      formulae: [v.source],
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: v.errorTitle,
      error: v.error,
    });
  }
  for (const format of sheet.conditionalFormats) {
    ws.addConditionalFormatting({ ref: format.range, rules: [conditionalRule(format)] });
  }
}

/** The description as an ExcelJS workbook, ready to write or to inspect in tests. */
export function renderWorkbook(description: WorkbookDescription): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Implementeringsplan";
  workbook.title = description.title;
  // Excel and LibreOffice recompute every formula when the file opens; cached results are a preview.
  workbook.calcProperties.fullCalcOnLoad = true;
  const styleOf = styleLookup(description.styles);
  // Table cells without a named style share one empty style, for applyStyle's reason: ExcelJS gives
  // each cell an empty style of its own and looks each up again when writing (most of a rollup's
  // 80,000 table cells have no style: a quarter of its write time).
  const noStyle = {};
  for (const sheet of description.sheets) renderSheet(workbook, sheet, styleOf, noStyle);
  for (const name of description.names) {
    workbook.definedNames.add(`${quoteSheet(name.sheet)}!${name.range}`, name.name);
  }
  return workbook;
}

/** The description as .xlsx bytes. */
export async function renderXlsx(description: WorkbookDescription): Promise<Buffer> {
  const data = await renderWorkbook(description).xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}
