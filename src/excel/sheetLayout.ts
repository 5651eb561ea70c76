/**
 * What one sheet description turns into on the Office.js side, as plain data: value blocks, style
 * blocks, widths in points, tables, merges. Pure, so its decisions are tested without a host, and
 * the writer (writeSheet.ts) only translates it into queued calls.
 */
import { cellAddress, columnLetter, parseAddress, rangeFrom } from "../workbook/address";
import type { CellStyle, CellValue, SheetDescription, StyleKey, TableDescription } from "../workbook/types";
import { type Block, place, toBlocks } from "./blocks";

export interface StyleBlock {
  address: string;
  rows: number;
  columns: number;
  style: CellStyle;
}

export interface SheetLayout {
  /** Tables' full ranges first, then the loose cells, as ExcelJS writes them. */
  values: Block<CellValue>[];
  styles: StyleBlock[];
  /** Column ranges ("A:B") with a width in points. */
  columnWidths: { columns: string; points: number }[];
  rowHeights: { rows: string; points: number }[];
  tables: { name: string; address: string; style: string; headerRow: string }[];
}

/**
 * A column width as files store it (what ExcelJS writes: characters plus padding) as the points
 * Office.js takes, by the file format's own rule for Calibri 11 (7 px digits) at 96 px per 72 pt.
 * @example widthToPoints(9.140625) === 48 // Excel's default column, shown as 8.43
 */
export function widthToPoints(characters: number): number {
  const pixels = Math.trunc(((256 * characters + Math.trunc(128 / 7)) / 256) * 7);
  return (pixels * 72) / 96;
}

/** A table's rows; Excel needs at least one body row, so an empty table gets a blank one. */
export function tableRows(table: TableDescription): CellValue[][] {
  return table.rows.length > 0 ? table.rows : [table.columns.map((): CellValue => ({ kind: "empty" }))];
}

function tableBlock(table: TableDescription): Block<CellValue> {
  const { row, column } = parseAddress(table.topLeft);
  const header = table.columns.map((c): CellValue => ({ kind: "text", text: c.header }));
  const rows = tableRows(table);
  return { address: rangeFrom(table.topLeft, table.columns.length, rows.length + 1), top: row, left: column, items: [header, ...rows] };
}

/** Consecutive equal numbers as ranges: widths by column → [{ "A:B", 63 }, { "D:D", 40 }]. */
function runs(values: Map<number, number>, label: (from: number, to: number) => string): { range: string; value: number }[] {
  const keys = [...values.keys()].sort((a, b) => a - b);
  const out: { from: number; to: number; value: number }[] = [];
  for (const k of keys) {
    const v = values.get(k) as number;
    const last = out[out.length - 1];
    if (last && last.to + 1 === k && last.value === v) last.to = k;
    else out.push({ from: k, to: k, value: v });
  }
  return out.map((r) => ({ range: label(r.from, r.to), value: r.value }));
}

export function sheetLayout(sheet: SheetDescription, styles: Record<StyleKey, CellStyle>): SheetLayout {
  const looseValues = toBlocks(place(sheet.cells.map((c) => ({ address: c.address, item: c.value }))));
  const values = [...sheet.tables.map(tableBlock), ...looseValues];

  // Widths: the sheet's own, then each table's columns (later wins, as in the ExcelJS renderer).
  const widths = new Map<number, number>();
  sheet.columnWidths.forEach((w, i) => widths.set(i + 1, w));
  for (const table of sheet.tables) {
    const { column } = parseAddress(table.topLeft);
    table.columns.forEach((c, i) => widths.set(column + i, c.width));
  }
  const points = new Map([...widths].map(([c, w]) => [c, widthToPoints(w)]));
  const heights = new Map(sheet.rowHeights.map((h) => [h.row, h.height]));

  const styleCells: { address: string; item: StyleKey }[] = [];
  const headerRows: StyleBlock[] = [];
  for (const table of sheet.tables) {
    const { row, column } = parseAddress(table.topLeft);
    headerRows.push({ address: rangeFrom(table.topLeft, table.columns.length, 1), rows: 1, columns: table.columns.length, style: { wrap: true, vertical: "top" } });
    tableRows(table).forEach((_, r) =>
      table.columns.forEach((c, i) => {
        if (c.style) styleCells.push({ address: cellAddress(column + i, row + 1 + r), item: c.style });
      }),
    );
  }
  for (const c of sheet.cells) {
    // A date needs a date format to read as one; the builders always give one, this is a safety net.
    const style = c.style ?? (c.value.kind === "date" ? "date" : undefined);
    if (style) styleCells.push({ address: c.address, item: style });
  }
  const styleBlocks = toBlocks(place(styleCells), (k) => k).map((b) => ({
    address: b.address,
    rows: b.items.length,
    columns: b.items[0].length,
    style: styles[b.items[0][0]],
  }));

  return {
    values,
    styles: [...headerRows, ...styleBlocks],
    columnWidths: runs(points, (a, b) => `${columnLetter(a)}:${columnLetter(b)}`).map((r) => ({ columns: r.range, points: r.value })),
    rowHeights: runs(heights, (a, b) => `${a}:${b}`).map((r) => ({ rows: r.range, points: r.value })),
    tables: sheet.tables.map((t) => ({ name: t.name, address: tableBlock(t).address, style: t.style, headerRow: rangeFrom(t.topLeft, t.columns.length, 1) })),
  };
}
