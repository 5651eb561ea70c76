/**
 * Gives tables of a description other names and moves every structured reference along
 * (`Opgaver_PRJ[Status]` → `Ny_Opgaver_PRJ[Status]`), as Excel does when a table is renamed. Text in
 * quotes, quoted sheet names and function names are left alone.
 */
import type { CellValue, WorkbookDescription } from "./types";

const NAME_START = /[\p{L}_\\]/u;
const NAME_CHAR = /[\p{L}\p{N}_.\\]/u;

/** Index just after the quoted part ("…" or '…') that starts at `start`; doubled quotes stay inside. */
function quotedEnd(formula: string, start: number): number {
  const quote = formula[start];
  for (let i = start + 1; i < formula.length; i++) {
    if (formula[i] !== quote) continue;
    if (formula[i + 1] === quote) i++;
    else return i + 1;
  }
  return formula.length;
}

/** Calls `visit` with each bare name in the formula (not a function, not a sheet) and puts back what it returns. */
function mapNames(formula: string, visit: (name: string) => string): string {
  let out = "";
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      const end = quotedEnd(formula, i);
      out += formula.slice(i, end);
      i = end;
    } else if (NAME_START.test(ch) && !NAME_CHAR.test(formula[i - 1] ?? "")) {
      let end = i;
      while (end < formula.length && NAME_CHAR.test(formula[end])) end++;
      const name = formula.slice(i, end);
      out += formula[end] === "(" || formula[end] === "!" ? name : visit(name);
      i = end;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

const same = (a: string, b: string) => a.toLocaleLowerCase("da") === b.toLocaleLowerCase("da");

/** A function that renames the tables in `wanted` (old name → new name) in one formula. */
function renamer(wanted: Record<string, string>): (formula: string) => string {
  const renames = Object.entries(wanted);
  return (formula) => mapNames(formula, (name) => renames.find(([from]) => same(from, name))?.[1] ?? name);
}

/**
 * The formula with references to table `from` pointing at table `to`.
 * @example renameTableInFormula('COUNTIFS(Opgaver_PRJ[Fase],"Opgaver_PRJ")', "Opgaver_PRJ", "Ny") //=> 'COUNTIFS(Ny[Fase],"Opgaver_PRJ")'
 */
export function renameTableInFormula(formula: string, from: string, to: string): string {
  return renamer({ [from]: to })(formula);
}

/** True when the formula refers to table (or workbook name) `name`. */
export function mentionsName(formula: string, name: string): boolean {
  let found = false;
  mapNames(formula, (candidate) => {
    found ||= same(candidate, name);
    return candidate;
  });
  return found;
}

/** Renames tables by name (`{ Opgaver_PRJ: "Ny_Opgaver_PRJ" }`); returns a new description. */
export function renameTables(description: WorkbookDescription, wanted: Record<string, string>): WorkbookDescription {
  const rename = renamer(wanted);
  const value = (v: CellValue): CellValue => (v.kind === "formula" ? { ...v, formula: rename(v.formula) } : v);
  return {
    ...description,
    sheets: description.sheets.map((sheet) => ({
      ...sheet,
      cells: sheet.cells.map((c) => ({ ...c, value: value(c.value) })),
      tables: sheet.tables.map((t) => ({ ...t, name: wanted[t.name] ?? t.name, rows: t.rows.map((row) => row.map(value)) })),
      conditionalFormats: sheet.conditionalFormats.map((f) => ({ ...f, formula: rename(f.formula) })),
    })),
  };
}
