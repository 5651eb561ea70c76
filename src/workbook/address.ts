/** A1-address arithmetic. Columns and rows are 1-based, as in Excel. */

/** 1 → "A", 27 → "AA". */
export function columnLetter(column: number): string {
  let n = column;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** "AA" → 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** (2, 8) → "B8". */
export function cellAddress(column: number, row: number): string {
  return `${columnLetter(column)}${row}`;
}

/** "B8" or "$B$8" → { column: 2, row: 8 }. */
export function parseAddress(address: string): { column: number; row: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) throw new Error(`Not an A1 cell address: ${address}`);
  return { column: columnNumber(match[1]), row: Number(match[2]) };
}

/** "B8" → "$B$8". */
export function absolute(address: string): string {
  const { column, row } = parseAddress(address);
  return `$${columnLetter(column)}$${row}`;
}

/** The range of `columns` × `rows` cells starting at `topLeft`: ("A5", 3, 2) → "A5:C6". */
export function rangeFrom(topLeft: string, columns: number, rows: number): string {
  const { column, row } = parseAddress(topLeft);
  return `${topLeft}:${cellAddress(column + columns - 1, row + rows - 1)}`;
}

/** A sheet name quoted for use in a reference: Fase 1 → 'Fase 1'. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
