/**
 * Writing 2-D arrays into cells, with Excel's checks: the array must have the range's shape
 * (InvalidArgument otherwise), text is interpreted as typed input, and table header cells always
 * end up as unique text.
 */
import { type Rect, cellName, columns, rows } from "./a1";
import { officeErrors } from "./errors";
import { type SheetState, type WorkbookState, eachCell, getCell, touchCell } from "./state";
import { interpretInput } from "./typedInput";

/** The input for each cell: a 2-D array of the range's shape, or one value for all cells. */
export function cellInputs(input: unknown, rect: Rect, location: string): (row: number, column: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const wanted = `${rows(rect)}x${columns(rect)}`;
  const got = `${input.length}x${Array.isArray(input[0]) ? input[0].length : "?"}`;
  if (input.length !== rows(rect) || !input.every((row) => Array.isArray(row) && row.length === columns(rect))) {
    throw officeErrors.shapeMismatch(location, wanted, got);
  }
  return (row, column) => (input as unknown[][])[row - rect.r1][column - rect.c1];
}

export function writeInputs(workbook: WorkbookState, sheet: SheetState, rect: Rect, input: unknown, location: string): void {
  const at = cellInputs(input, rect, location);
  eachCell(rect, (row, column) => {
    const existing = getCell(sheet, row, column);
    let stored;
    try {
      stored = interpretInput(at(row, column), existing?.numberFormat ?? "General");
    } catch (error) {
      throw officeErrors.invalidArgument(`${cellName(row, column)}: ${(error as Error).message}`, location);
    }
    if (stored.kind === "skip") return;
    const cell = touchCell(sheet, row, column);
    cell.formula = undefined;
    cell.quotePrefix = false;
    cell.value = null;
    if (stored.kind === "constant") {
      cell.value = stored.value;
      cell.quotePrefix = stored.quotePrefix;
    } else if (stored.kind === "formula") {
      cell.formula = stored.formula;
    }
  });
  normaliseHeaders(workbook, sheet);
}

export function writeNumberFormats(sheet: SheetState, rect: Rect, input: unknown, location: string): void {
  const at = cellInputs(input, rect, location);
  eachCell(rect, (row, column) => {
    const format = at(row, column);
    if (format === null || format === undefined) return;
    if (typeof format !== "string") throw officeErrors.invalidArgument(`number format must be text at ${cellName(row, column)}`, location);
    touchCell(sheet, row, column).numberFormat = format === "" ? "General" : format;
  });
}

/** Excel keeps table headers as unique, non-empty text: "Column1" for blanks, "Status2" for repeats. */
export function normaliseHeaders(workbook: WorkbookState, sheet: SheetState): void {
  for (const table of workbook.tables.filter((t) => t.sheet === sheet)) {
    const seen = new Set<string>();
    for (let c = table.rect.c1; c <= table.rect.c2; c++) {
      const cell = touchCell(sheet, table.rect.r1, c);
      let text = cell.value === null ? "" : String(cell.value);
      cell.formula = undefined;
      if (text === "") text = `Column${c - table.rect.c1 + 1}`;
      let unique = text;
      for (let n = 2; seen.has(unique.toLowerCase()); n++) unique = `${text}${n}`;
      seen.add(unique.toLowerCase());
      cell.value = unique;
    }
  }
}
