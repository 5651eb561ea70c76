/**
 * Moving a formula to another row the way Excel's copy and paste does: relative row numbers in A1
 * references move by the distance, absolute ones ($5) stay. Text in quotes, quoted sheet names and
 * structured references ([@Status], Opgaver_PRJ[Fase]) are left alone.
 */

/** A1 references: optional $ before the column letters and before the row number. */
const REFERENCE = /(\$?)([A-Za-z]{1,3})(\$?)(\d+)/y;
const NAME_CHAR = /[A-Za-z0-9_.\\]/;

/**
 * The formula with its relative row references moved by `delta` rows.
 *
 * @example
 * shiftFormulaRows("G7-TODAY()", 2) //=> "G9-TODAY()"
 * shiftFormulaRows("SUM($B$2:B7)&\"B7\"", -1) //=> "SUM($B$2:B6)&\"B7\""
 */
export function shiftFormulaRows(formula: string, delta: number): string {
  if (delta === 0) return formula;
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    const close = ch === '"' ? '"' : ch === "'" ? "'" : ch === "[" ? "]" : undefined;
    if (close) {
      const end = skipQuoted(formula, i, close);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const moved = NAME_CHAR.test(formula[i - 1] ?? "") ? undefined : shiftedReferenceAt(formula, i, delta);
    if (moved) {
      out += moved.text;
      i = moved.end;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** Index just after the quoted part that starts at `start`; doubled quotes stay inside. Brackets nest. */
function skipQuoted(formula: string, start: number, close: string): number {
  let depth = 0;
  for (let i = start; i < formula.length; i++) {
    const ch = formula[i];
    if (close === "]") {
      if (ch === "[") depth++;
      else if (ch === "]" && --depth === 0) return i + 1;
      continue;
    }
    if (i > start && ch === close) {
      if (formula[i + 1] === close) i++;
      else return i + 1;
    }
  }
  return formula.length;
}

function shiftedReferenceAt(formula: string, at: number, delta: number): { text: string; end: number } | undefined {
  REFERENCE.lastIndex = at;
  const match = REFERENCE.exec(formula);
  if (!match) return undefined;
  const end = at + match[0].length;
  // A function name (LOG10(), a longer name (Fase1Start) or a sheet name (Q1!) is not a reference.
  if (/[A-Za-z0-9_(!.]/.test(formula[end] ?? "")) return undefined;
  const [, columnDollar, column, rowDollar, row] = match;
  const newRow = rowDollar ? Number(row) : Number(row) + delta;
  if (newRow < 1) return undefined;
  return { text: `${columnDollar}${column}${rowDollar}${newRow}`, end };
}
