/**
 * Queues one sheet's content (no sync here): values as one 2-D array per block, widths, heights,
 * tables, styles, merges, conditional formats and frozen panes — all within ExcelApi 1.7. The values
 * and the rest can also be queued apart, so a large sheet's writes can span two syncs.
 */
import { cellAddress } from "../workbook/address";
import type { CellValue, ConditionalFormat, SheetDescription } from "../workbook/types";
import type { Block } from "./blocks";
import { hostInput, needsFormulas } from "./cellInput";
import type { SheetLayout } from "./sheetLayout";
import { queueStyle } from "./styles";

function queueConditionalFormats(sheet: Excel.Worksheet, formats: ConditionalFormat[]): void {
  // Excel puts each new rule on top, so adding the weakest first leaves the strongest (lowest
  // priority number) on top, the order the description and the ExcelJS renderer give.
  const weakestFirst = [...formats].sort((a, b) => b.priority - a.priority);
  for (const f of weakestFirst) {
    const rule = sheet.getRange(f.range).conditionalFormats.add("Custom");
    rule.custom.rule.formula = `=${f.formula}`;
    if (f.fill) rule.custom.format.fill.color = `#${f.fill}`;
    if (f.fontColor) rule.custom.format.font.color = `#${f.fontColor}`;
    if (f.bold) rule.custom.format.font.bold = true;
  }
}

function queueFreeze(sheet: Excel.Worksheet, freeze: SheetDescription["freeze"]): void {
  if (!freeze || (freeze.rows === 0 && freeze.columns === 0)) return;
  if (freeze.rows > 0 && freeze.columns > 0) sheet.freezePanes.freezeAt(`A1:${cellAddress(freeze.columns, freeze.rows)}`);
  else if (freeze.rows > 0) sheet.freezePanes.freezeRows(freeze.rows);
  else sheet.freezePanes.freezeColumns(freeze.columns);
}

/** Writes value blocks, each as one 2-D array (formulas when the block holds any). */
export function queueValues(sheet: Excel.Worksheet, blocks: readonly Block<CellValue>[]): void {
  for (const block of blocks) {
    const range = sheet.getRange(block.address);
    const input = block.items.map((row) => row.map(hostInput));
    if (needsFormulas(block.items)) range.formulas = input;
    else range.values = input;
  }
}

export function queueSheetContent(sheet: Excel.Worksheet, description: SheetDescription, layout: SheetLayout): void {
  queueValues(sheet, layout.values);
  queueSheetFormat(sheet, description, layout);
}

/**
 * Everything but the values: sizes, tables, styles, merges, conditional formats, frozen panes. Queue
 * it after the sheet's values, so each table takes its header texts from the cells.
 */
export function queueSheetFormat(sheet: Excel.Worksheet, description: SheetDescription, layout: SheetLayout): void {
  for (const w of layout.columnWidths) sheet.getRange(w.columns).format.columnWidth = w.points;
  for (const h of layout.rowHeights) sheet.getRange(h.rows).format.rowHeight = h.points;
  for (const t of layout.tables) {
    const table = sheet.tables.add(t.address, true);
    table.name = t.name;
    table.style = t.style;
  }
  for (const s of layout.styles) queueStyle(sheet.getRange(s.address), s.style, s.rows, s.columns);
  for (const merge of description.merges) sheet.getRange(merge).merge(false);
  queueConditionalFormats(sheet, description.conditionalFormats);
  queueFreeze(sheet, description.freeze);
}
