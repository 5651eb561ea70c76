/** Small constructors for cell values, so builders read like the sheet they describe. */
import type { Cell, CellValue, StyleKey } from "./types";

export const empty: CellValue = { kind: "empty" };

export function text(value: string): CellValue {
  return { kind: "text", text: value };
}

export function num(value: number): CellValue {
  return { kind: "number", value };
}

export function date(serial: number): CellValue {
  return { kind: "date", serial };
}

export function formula(expression: string, result?: number | string): CellValue {
  return result === undefined ? { kind: "formula", formula: expression } : { kind: "formula", formula: expression, result };
}

export function cell(address: string, value: CellValue, style?: StyleKey): Cell {
  return style ? { address, value, style } : { address, value };
}
