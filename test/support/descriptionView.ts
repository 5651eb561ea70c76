/**
 * A workbook description seen as the host-neutral WorkbookView, without rendering: the fastest way
 * to get the snapshot of a freshly built plan (formulas hold their cached results).
 */
import type { SnapshotCell } from "../../src/plan/snapshot";
import { cellAddress, parseAddress } from "../../src/workbook/address";
import type { CellValue, SheetDescription, WorkbookDescription } from "../../src/workbook/types";
import type { SheetView, WorkbookView } from "../../src/workbook/workbookView";

export function snapshotCellOf(address: string, value: CellValue, dateFormat = false): SnapshotCell {
  switch (value.kind) {
    case "empty":
      return { address, value: null };
    case "text":
      return { address, value: value.text };
    case "number":
      return { address, value: value.value };
    case "date":
      return { address, value: value.serial, numberFormat: "dd-mm-yyyy" };
    case "formula": {
      const cell: SnapshotCell = { address, value: value.result ?? null, formula: value.formula };
      if (dateFormat) cell.numberFormat = "dd-mm-yyyy";
      return cell;
    }
  }
}

function sheetView(sheet: SheetDescription): SheetView {
  const cells = new Map<string, SnapshotCell>();
  const tables = sheet.tables.map((table) => {
    const { column, row } = parseAddress(table.topLeft);
    const rows = table.rows.map((values, r) =>
      values.map((value, c) => {
        const address = cellAddress(column + c, row + 1 + r);
        const cell = snapshotCellOf(address, value, table.columns[c]?.style === "date");
        cells.set(address, cell);
        return cell;
      }),
    );
    return { name: table.name, topLeft: table.topLeft, headers: table.columns.map((c) => c.header), rows };
  });
  for (const c of sheet.cells) cells.set(c.address, snapshotCellOf(c.address, c.value, c.style === "date" || c.style === "inputDate"));
  return { name: sheet.name, tables, cell: (address) => cells.get(address) };
}

export function descriptionView(description: WorkbookDescription, source = "plan.xlsx"): WorkbookView {
  return { source, sheets: description.sheets.map(sheetView), names: description.names.map((n) => ({ name: n.name, sheet: n.sheet, range: n.range })) };
}
