/**
 * The fake host does not calculate. For reading tests its formula cells answer with the results the
 * description caches for file viewers, so both readers see the same values.
 */
import { parseAddress, cellAddress } from "../../../src/workbook/address";
import type { WorkbookDescription } from "../../../src/workbook/types";
import type { Evaluate } from "../../fakes/runtime";

export function cachedResults(description: WorkbookDescription): Evaluate {
  const results = new Map<string, string | number>();
  for (const sheet of description.sheets) {
    for (const c of sheet.cells) if (c.value.kind === "formula" && c.value.result !== undefined) results.set(`${sheet.name}!${c.address}`, c.value.result);
    for (const t of sheet.tables) {
      const { row, column } = parseAddress(t.topLeft);
      t.rows.forEach((cells, r) =>
        cells.forEach((v, i) => {
          if (v.kind === "formula" && v.result !== undefined) results.set(`${sheet.name}!${cellAddress(column + i, row + 1 + r)}`, v.result);
        }),
      );
    }
  }
  return (_formula, sheet, address) => results.get(`${sheet}!${address}`) ?? 0;
}
