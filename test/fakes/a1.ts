/**
 * A1 references for the fake, written independently of src/workbook/address.ts so a bug there
 * cannot hide itself in the fake. Rows and columns are 1-based, as in Excel.
 */
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

export interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

function letters(column: number): string {
  let s = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function columnOf(text: string): number {
  return [...text.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d{1,7})$/;

/** One end of a range: a cell, a whole column ("A") or a whole row ("5"). */
function end(part: string): { r?: number; c?: number } | undefined {
  let m = CELL.exec(part);
  if (m) return { c: columnOf(m[1]), r: Number(m[2]) };
  m = COLUMN.exec(part);
  if (m) return { c: columnOf(m[1]) };
  m = ROW.exec(part);
  if (m) return { r: Number(m[1]) };
  return undefined;
}

/** "B8", "$B$8", "A5:J9", "A:A" or "2:2" → a rectangle; undefined when it is not one. */
export function parseRect(address: string): Rect | undefined {
  const [a, b = a, extra] = address.trim().split(":");
  if (extra !== undefined) return undefined;
  const p = end(a);
  const q = end(b);
  if (!p || !q) return undefined;
  const wholeColumns = p.r === undefined && q.r === undefined && p.c !== undefined && q.c !== undefined;
  const wholeRows = p.c === undefined && q.c === undefined && p.r !== undefined && q.r !== undefined;
  if (!wholeColumns && !wholeRows && (p.r === undefined || p.c === undefined || q.r === undefined || q.c === undefined)) return undefined;
  const rect = {
    r1: Math.min(p.r ?? 1, q.r ?? 1),
    c1: Math.min(p.c ?? 1, q.c ?? 1),
    r2: wholeColumns ? MAX_ROWS : Math.max(p.r ?? 1, q.r ?? 1),
    c2: wholeRows ? MAX_COLUMNS : Math.max(p.c ?? 1, q.c ?? 1),
  };
  if (rect.r1 < 1 || rect.c1 < 1 || rect.r2 > MAX_ROWS || rect.c2 > MAX_COLUMNS) return undefined;
  return rect;
}

/** A reference with an optional sheet: "'Fase 1'!$B$2" → { sheet: "Fase 1", address: "$B$2" }. */
export function splitSheet(reference: string): { sheet?: string; address: string } {
  const text = reference.startsWith("=") ? reference.slice(1) : reference;
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { address: text };
  const raw = text.slice(0, bang);
  const sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, address: text.slice(bang + 1) };
}

export function cellName(row: number, column: number): string {
  return `${letters(column)}${row}`;
}

/** The address as Excel reports it: "B8", "A5:J9", "A:A", "2:2". */
export function formatRect(rect: Rect): string {
  if (rect.r1 === 1 && rect.r2 === MAX_ROWS) return `${letters(rect.c1)}:${letters(rect.c2)}`;
  if (rect.c1 === 1 && rect.c2 === MAX_COLUMNS) return `${rect.r1}:${rect.r2}`;
  const a = cellName(rect.r1, rect.c1);
  return rect.r1 === rect.r2 && rect.c1 === rect.c2 ? a : `${a}:${cellName(rect.r2, rect.c2)}`;
}

/** A sheet name as Excel writes it in an address: quoted when it holds anything but letters and digits. */
export function sheetPrefix(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}

export const rows = (r: Rect) => r.r2 - r.r1 + 1;
export const columns = (r: Rect) => r.c2 - r.c1 + 1;
export const isBounded = (r: Rect) => r.r2 < MAX_ROWS && r.c2 < MAX_COLUMNS;

export function overlaps(a: Rect, b: Rect): boolean {
  return a.r1 <= b.r2 && b.r1 <= a.r2 && a.c1 <= b.c2 && b.c1 <= a.c2;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return outer.r1 <= inner.r1 && inner.r2 <= outer.r2 && outer.c1 <= inner.c1 && inner.c2 <= outer.c2;
}
