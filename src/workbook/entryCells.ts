/** A user's entry (from an earlier version of the plan) as the cell value to write on a given row. */
import type { EntryCell } from "../plan/update/entries";
import { date, empty, formula, num, text } from "./cells";
import { shiftFormulaRows } from "./formulaShift";
import type { CellValue } from "./types";

/**
 * The entry for a cell on `row`: its formula moved to that row, or its value; booleans and Excel
 * errors become the formula that gives them (TRUE, #N/A), the one way both renderers can write them.
 * `asDate` writes numbers as dates (a date column, or a cell that showed a date).
 */
export function entryCell(entry: EntryCell | undefined, row: number, fallback: CellValue, asDate = false): CellValue {
  if (!entry) return fallback;
  const { value } = entry;
  if (entry.formula !== undefined) {
    const moved = entry.sourceRow === undefined ? entry.formula : shiftFormulaRows(entry.formula, row - entry.sourceRow);
    return typeof value === "number" || typeof value === "string" ? formula(moved, value) : formula(moved);
  }
  if (value === null) return empty;
  if (typeof value === "string") return text(value);
  if (typeof value === "number") return asDate || entry.isDate ? date(value) : num(value);
  if (typeof value === "boolean") return formula(value ? "TRUE" : "FALSE");
  return formula(value.error);
}

/** The entry's text (a local task's title, a typed phase), or undefined when it holds no text. */
export function entryText(entry: EntryCell | undefined): string | undefined {
  const value = entry?.value;
  if (typeof value === "string") return value;
  return typeof value === "number" ? String(value) : undefined;
}
