/**
 * What Excel does to formulas when the things they point at change: renaming a sheet or a table
 * rewrites every reference to it, and deleting one turns the references into #REF!. The fake has
 * no calculation engine, so it does this to the formula text of cells and conditional formats, and
 * a formula that holds #REF! (or uses a name that points at #REF!) reads back as the error: a writer
 * that deletes before it renames, or forgets to recreate a name, shows up in tests as in Excel.
 * Written independently of src/workbook/renameSheets.ts, so a bug there cannot hide in the fake.
 */
import { sheetPrefix } from "./a1";
import { type WorkbookState, sameName } from "./state";

type Token = { kind: "string" | "sheet" | "name" | "error" | "other"; text: string; sheet?: string };

const NAME_START = /[\p{L}_\\]/u;
const NAME_CHAR = /[\p{L}\p{N}_.\\]/u;

/** Index just after the bracket group that opens at `start` (brackets nest; '-escapes are skipped). */
function bracketEnd(formula: string, start: number): number {
  let depth = 0;
  for (let i = start; i < formula.length; i++) {
    if (formula[i] === "'") i++;
    else if (formula[i] === "[") depth++;
    else if (formula[i] === "]" && --depth === 0) return i + 1;
  }
  return formula.length;
}

/** Strings, sheet prefixes ("'Fase 1'!", "Forside!"), names with their structured reference, the rest. */
function tokens(formula: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (formula.startsWith("#REF!", i)) {
      out.push({ kind: "error", text: "#REF!" });
      i += 5;
    } else if (ch === '"') {
      let end = i + 1;
      while (end < formula.length && !(formula[end] === '"' && formula[end + 1] !== '"')) end += formula[end] === '"' ? 2 : 1;
      out.push({ kind: "string", text: formula.slice(i, end + 1) });
      i = end + 1;
    } else if (ch === "'") {
      let end = i + 1;
      while (end < formula.length && !(formula[end] === "'" && formula[end + 1] !== "'")) end += formula[end] === "'" ? 2 : 1;
      const text = formula.slice(i, end + 2);
      out.push({ kind: "sheet", text, sheet: formula.slice(i + 1, end).replace(/''/g, "'") });
      i = end + 2;
    } else if (NAME_START.test(ch) && !NAME_CHAR.test(formula[i - 1] ?? "")) {
      let end = i;
      while (end < formula.length && NAME_CHAR.test(formula[end])) end++;
      if (formula[end] === "!") {
        out.push({ kind: "sheet", text: formula.slice(i, end + 1), sheet: formula.slice(i, end) });
        i = end + 1;
        continue;
      }
      const withBrackets = formula[end] === "[" ? bracketEnd(formula, end) : end;
      out.push({ kind: formula[end] === "(" ? "other" : "name", text: formula.slice(i, withBrackets) });
      i = withBrackets;
    } else {
      out.push({ kind: "other", text: ch });
      i++;
    }
  }
  return out;
}

/** The identifier at the start of a name token: "Opgaver_PRJ" of "Opgaver_PRJ[Status]". */
const identifier = (token: Token) => /^[^[]*/.exec(token.text)?.[0] ?? token.text;

/** Rewrites the formulas that mention `needle` (a cheap test first: most formulas do not). */
function eachFormula(workbook: WorkbookState, needle: string, change: (formula: string) => string): void {
  const lower = needle.toLowerCase();
  const visit = (formula: string) => (formula.toLowerCase().replace(/''/g, "'").includes(lower) ? change(formula) : formula);
  for (const sheet of workbook.sheets) {
    for (const cell of sheet.cells.values()) if (cell.formula !== undefined) cell.formula = visit(cell.formula);
    for (const format of sheet.conditionalFormats) if (format.formula !== undefined) format.formula = visit(format.formula);
  }
}

function mapTokens(formula: string, map: (token: Token) => string): string {
  return tokens(formula).map(map).join("");
}

/** A sheet was renamed: every reference to it follows, quoted as Excel quotes it. */
export function sheetRenamed(workbook: WorkbookState, from: string, to: string): void {
  eachFormula(workbook, from, (f) => mapTokens(f, (t) => (t.kind === "sheet" && sameName(t.sheet ?? "", from) ? sheetPrefix(to) : t.text)));
}

/** A sheet was deleted: references to it become #REF! ("=Forside!B8" → "=#REF!B8"). */
export function sheetDeleted(workbook: WorkbookState, name: string): void {
  eachFormula(workbook, name, (f) => mapTokens(f, (t) => (t.kind === "sheet" && sameName(t.sheet ?? "", name) ? "#REF!" : t.text)));
}

/** A table was renamed: its structured references follow ("Opgaver_PRJ[Status]"). */
export function tableRenamed(workbook: WorkbookState, from: string, to: string): void {
  eachFormula(workbook, from, (f) => mapTokens(f, (t) => (t.kind === "name" && sameName(identifier(t), from) ? to + t.text.slice(identifier(t).length) : t.text)));
}

/** A table was deleted: a structured reference to it becomes #REF! as a whole. */
export function tableDeleted(workbook: WorkbookState, name: string): void {
  eachFormula(workbook, name, (f) => mapTokens(f, (t) => (t.kind === "name" && sameName(identifier(t), name) ? "#REF!" : t.text)));
}

/** True when the formula can only give #REF!: it holds one, or uses a name that points at #REF!. */
export function isBrokenFormula(workbook: WorkbookState, formula: string): boolean {
  if (!formula.includes("#REF!") && workbook.names.every((n) => n.sheet !== undefined)) return false;
  return tokens(formula).some((t) => t.kind === "error" || (t.kind === "name" && workbook.names.some((n) => n.sheet === undefined && sameName(n.name, identifier(t)))));
}
