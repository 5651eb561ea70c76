/**
 * Splits a rollup's writes into at most two syncs, each under Excel on the web's request limit.
 * The 98-plan rollup is about 1.5 MB and fits in one; a bigger one (many local tasks) gets a second,
 * cut between sheets or, for a huge table, between bands of rows. Each sheet's formatting (tables,
 * styles, …) follows all its values, so tables still take their headers from the cells. More than
 * two syncs' worth is refused before anything is written: the command line has no such limit. Pure.
 */
import { UserError } from "../model/errors";
import { cellAddress } from "../workbook/address";
import type { CellStyle, CellValue, SheetDescription, StyleKey } from "../workbook/types";
import type { Block } from "./blocks";
import { hostInput } from "./cellInput";
import { type SheetLayout, sheetLayout } from "./sheetLayout";

/** Estimated request bytes per write sync: under 4 MB measured, with room below Excel's 5 MB. */
export const SYNC_BYTES = 3 * 1024 * 1024;
/** A value block bigger than this is cut into bands of rows, so it can be shared between two syncs. */
const BAND_BYTES = 512 * 1024;
/** What one queued call other than a value write costs, roughly: its object path and arguments. */
const CALL_BYTES = 160;

export type WriteStep =
  | { kind: "values"; sheet: SheetDescription; block: Block<CellValue>; bytes: number }
  | { kind: "format"; sheet: SheetDescription; layout: SheetLayout; bytes: number };

const encoder = new TextEncoder();
const utf8 = (value: unknown) => encoder.encode(JSON.stringify(value)).length;

function blockBytes(block: Block<CellValue>): number {
  return utf8(block.items.map((row) => row.map(hostInput))) + CALL_BYTES;
}

/** A block as bands of whole rows, each about BAND_BYTES or less. */
function bands(block: Block<CellValue>): Block<CellValue>[] {
  const bytes = blockBytes(block);
  const count = Math.ceil(bytes / BAND_BYTES);
  if (count <= 1) return [block];
  const rowsPer = Math.ceil(block.items.length / count);
  const width = block.items[0]?.length ?? 0;
  const out: Block<CellValue>[] = [];
  for (let start = 0; start < block.items.length; start += rowsPer) {
    const items = block.items.slice(start, start + rowsPer);
    const top = block.top + start;
    const address = `${cellAddress(block.left, top)}:${cellAddress(block.left + width - 1, top + items.length - 1)}`;
    out.push({ address, top, left: block.left, items });
  }
  return out;
}

function formatBytes(sheet: SheetDescription, layout: SheetLayout): number {
  // Number formats go as one string per cell; everything else is a handful of small calls.
  const formats = layout.styles.reduce((sum, s) => sum + (s.style.numberFormat ? s.rows * s.columns * (utf8(s.style.numberFormat) + 1) : 0), 0);
  const calls = layout.columnWidths.length + layout.rowHeights.length + layout.tables.length * 3 + layout.styles.length * 4 + sheet.merges.length + sheet.conditionalFormats.length * 4 + sheet.validations.length * 3;
  return formats + calls * CALL_BYTES;
}

/** Every write of `sheets`, in the order they must be queued. */
export function writeSteps(sheets: readonly SheetDescription[], styles: Record<StyleKey, CellStyle>): WriteStep[] {
  return sheets.flatMap((sheet): WriteStep[] => {
    const layout = sheetLayout(sheet, styles);
    const values = layout.values.flatMap(bands).map((block): WriteStep => ({ kind: "values", sheet, block, bytes: blockBytes(block) }));
    return [...values, { kind: "format", sheet, layout, bytes: formatBytes(sheet, layout) }];
  });
}

const TOO_LARGE = new UserError({
  da: "Udrulningsstatus er for stor til at skrive i projektmappen herfra (over 6 MB). Lav den med kommandolinjen (implan rollup), og åbn filen i Excel.",
  en: "The rollout status is too large to write into the workbook from here (over 6 MB). Make it with the command line (implan rollup) and open the file in Excel.",
});

/**
 * The steps as one or two syncs' worth, in order: the first takes as many as fit in `limit` (less
 * `firstOverhead`, the sheets and names it also adds), the second the rest.
 */
export function twoBatches(steps: readonly WriteStep[], firstOverhead: number, limit = SYNC_BYTES): [WriteStep[], WriteStep[]] {
  const first: WriteStep[] = [];
  let used = firstOverhead;
  let i = 0;
  for (; i < steps.length && used + steps[i].bytes <= limit; i++) {
    first.push(steps[i]);
    used += steps[i].bytes;
  }
  const second = steps.slice(i);
  const rest = second.reduce((sum, s) => sum + s.bytes, 0);
  if (rest > limit || (first.length === 0 && second.length > 0 && second[0].bytes > limit)) throw TOO_LARGE;
  return [first, second];
}
