/**
 * A sheet's used range as Office.js returns it (values, formulas, value types), turned into
 * host-neutral SnapshotCells that can be looked up by address.
 */
import type { RawValue, SnapshotCell } from "../plan/snapshot";
import { cellAddress, parseAddress } from "../workbook/address";
import { isBlankInput } from "../workbook/readTables";
import type { TableView } from "../workbook/workbookView";

export interface UsedRange {
  /** Sheet-qualified, as Excel gives it: "Forside!A1:E22" or "'Fase 1'!A1:D12". */
  address: string;
  values: unknown[][];
  formulas: unknown[][];
  valueTypes: string[][];
  numberFormat: unknown[][];
}

/** "'Fase 1'!$B$2:$C$4" → { sheet: "Fase 1", range: "$B$2:$C$4" }; undefined for other shapes. */
export function splitReference(reference: string): { sheet: string; range: string } | undefined {
  const text = reference.startsWith("=") ? reference.slice(1) : reference;
  const match = /^(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)$/.exec(text);
  if (!match) return undefined;
  return { sheet: match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2], range: match[3] };
}

function rawValue(value: unknown, type: string | undefined): RawValue {
  if (type === "Empty" || value === "" || value === null || value === undefined) return null;
  if (type === "Error") return { error: String(value) };
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  return String(value);
}

/**
 * A formula is a formula text that differs from the value: Excel returns a text cell's text from
 * `formulas` too, so quote-prefixed text "=x" reads back as "=x" from both and is not a formula.
 */
function formulaOf(formula: unknown, value: unknown): string | undefined {
  return typeof formula === "string" && formula.startsWith("=") && formula !== value ? formula.slice(1) : undefined;
}

/** A table's header texts and body cells, cut from its sheet's grid by the table's address. */
export function tableView(name: string, address: string, grid: Grid): TableView {
  const range = splitReference(address)?.range ?? address;
  const [from, to = from] = range.split(":");
  const a = parseAddress(from);
  const b = parseAddress(to);
  const row = (r: number) => Array.from({ length: b.column - a.column + 1 }, (_, i) => grid.cellAt(r, a.column + i));
  const headers = row(a.row).map((c) => (c.value === null ? "" : typeof c.value === "object" ? c.value.error : String(c.value)));
  const rows = Array.from({ length: b.row - a.row }, (_, i) => row(a.row + 1 + i));
  // Rows typed right under the table (as the file reader gives them), so both hosts find the same rows.
  const below: SnapshotCell[][] = [];
  for (let r = b.row + 1; !row(r).every(isBlankInput); r++) below.push(row(r));
  return { name, topLeft: cellAddress(a.column, a.row), headers, rows, below };
}

export interface Grid {
  cell(address: string): SnapshotCell | undefined;
  cellAt(row: number, column: number): SnapshotCell;
  /** Every formula cell, row by row (a re-plan puts back the user's formulas that pointed at the plan). */
  formulaCells(): { address: string; formula: string }[];
  /** The texts of each row that has any, trimmed and lower-cased, with the row number. */
  textRows(): { row: number; texts: Set<string> }[];
}

export function toGrid(used: UsedRange | undefined): Grid {
  const split = used ? splitReference(used.address) : undefined;
  const origin = split ? parseAddress(split.range.split(":")[0]) : { row: 1, column: 1 };
  const cellAt = (row: number, column: number): SnapshotCell => {
    const address = cellAddress(column, row);
    const r = row - origin.row;
    const c = column - origin.column;
    const inside = used !== undefined && r >= 0 && c >= 0 && r < used.values.length && c < (used.values[r]?.length ?? 0);
    if (!used || !inside) return { address, value: null };
    const cell: SnapshotCell = { address, value: rawValue(used.values[r][c], used.valueTypes[r]?.[c]) };
    const formula = formulaOf(used.formulas[r]?.[c], used.values[r][c]);
    if (formula !== undefined) cell.formula = formula;
    const format = used.numberFormat[r]?.[c];
    // As the file reader does: the format only when it is not Excel's default.
    if (typeof format === "string" && format !== "General" && format !== "") cell.numberFormat = format;
    return cell;
  };
  const rows = used?.values ?? [];
  return {
    cellAt,
    formulaCells: () =>
      rows.flatMap((values, r) =>
        values.flatMap((_, c) => {
          const formula = formulaOf(used?.formulas[r]?.[c], values[c]);
          return formula === undefined ? [] : [{ address: cellAddress(origin.column + c, origin.row + r), formula }];
        }),
      ),
    textRows: () =>
      rows.flatMap((values, r) => {
        const texts = new Set(values.filter((v): v is string => typeof v === "string" && v.trim() !== "").map((v) => v.trim().toLocaleLowerCase("da")));
        return texts.size > 0 ? [{ row: origin.row + r, texts }] : [];
      }),
    cell(address) {
      const { row, column } = parseAddress(address);
      const found = cellAt(row, column);
      return found.value === null && found.formula === undefined ? undefined : found;
    },
  };
}
