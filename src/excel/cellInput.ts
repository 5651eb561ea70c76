/**
 * What to write into `range.values` / `range.formulas` so Excel stores exactly the described value.
 * Excel reads what it is given like typed input: "=…", "+…", "-…" and "@…" become formulas and
 * "0751", "1-2" or "TRUE" become numbers, dates or booleans. So every non-empty text is written with
 * a leading apostrophe, Excel's own "this is text" mark: Excel drops the apostrophe, stores the text
 * unchanged and keeps the cell's number format. (Formatting cells as Text "@" would also work but
 * sticks to the cell, so a date the user types there later would stay text.)
 */
import type { CellValue } from "../workbook/types";

export type HostInput = string | number;

export function hostInput(value: CellValue): HostInput {
  switch (value.kind) {
    case "empty":
      return "";
    case "text":
      return value.text === "" ? "" : `'${value.text}`;
    case "number":
      return value.value;
    case "date":
      return value.serial;
    case "formula":
      return `=${value.formula}`;
  }
}

/** Formula-bearing blocks go through `formulas` (English syntax whatever the locale); others through `values`. */
export function needsFormulas(values: CellValue[][]): boolean {
  return values.some((row) => row.some((v) => v.kind === "formula"));
}
