/**
 * Gives sheets of a description the names a user chose for them in an earlier version of the plan
 * (implan update keeps a renamed "Fase 1" as "Fase 1"), and moves every reference along: workbook
 * names, formulas in cells and tables, conditional formats.
 */
import { quoteSheet } from "./address";
import type { CellValue, WorkbookDescription } from "./types";

const UNQUOTED = /^[A-Za-z_][A-Za-z0-9_.]*$/;

/** The formula with references to sheet `from` pointing at sheet `to`. */
export function renameInFormula(formula: string, from: string, to: string): string {
  let out = formula.split(`${quoteSheet(from)}!`).join(`${quoteSheet(to)}!`);
  if (UNQUOTED.test(from)) {
    const escaped = from.replace(/[.]/g, "\\.");
    out = out.replace(new RegExp(`(^|[^A-Za-z0-9_'.])${escaped}!`, "g"), `$1${quoteSheet(to)}!`);
  }
  return out;
}

/** True when the formula refers to sheet `name` ('Fase 1'!B3 or Forside!B8), text in quotes aside. */
export function mentionsSheet(formula: string, name: string): boolean {
  const outsideText = formula.replace(/"(?:[^"]|"")*"/g, '""');
  // Renaming changes the formula exactly when it refers to the sheet.
  return renameInFormula(outsideText, name, `${name}~`) !== outsideText;
}

function renameValue(value: CellValue, from: string, to: string): CellValue {
  return value.kind === "formula" ? { ...value, formula: renameInFormula(value.formula, from, to) } : value;
}

/**
 * Renames sheets by key (`{ "phase:F1": "Fase 1" }`); a wanted name that another sheet already has
 * (in any case, as Excel compares) is skipped. Returns a new description; the input is not changed.
 */
export function renameSheets(description: WorkbookDescription, wanted: Record<string, string>): WorkbookDescription {
  let result: WorkbookDescription = structuredClone(description);
  for (const [key, to] of Object.entries(wanted)) {
    const sheet = result.sheets.find((s) => s.key === key);
    const taken = result.sheets.some((s) => s !== sheet && s.name.toLowerCase() === to.toLowerCase());
    if (!sheet || sheet.name === to || taken || to.trim() === "") continue;
    const from = sheet.name;
    result = {
      ...result,
      sheets: result.sheets.map((s) => ({
        ...s,
        name: s === sheet ? to : s.name,
        cells: s.cells.map((c) => ({ ...c, value: renameValue(c.value, from, to) })),
        tables: s.tables.map((t) => ({ ...t, rows: t.rows.map((row) => row.map((v) => renameValue(v, from, to))) })),
        conditionalFormats: s.conditionalFormats.map((f) => ({ ...f, formula: renameInFormula(f.formula, from, to) })),
      })),
      names: result.names.map((n) => (n.sheet === from ? { ...n, sheet: to } : n)),
    };
  }
  return result;
}
