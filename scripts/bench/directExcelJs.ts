/**
 * The floor for `implan generate`: ExcelJS writing a workbook of the same sheets, cells (values and
 * formulas), tables, names and list validations as a plan, from plain lists prepared beforehand,
 * with none of the project's code in the timed part. Styles, widths, merges, conditional formats
 * and print setup are left out: they are the project's own additions on top of the floor.
 */
import { promises as fs } from "node:fs";
import ExcelJS from "exceljs";
import { quoteSheet } from "../../src/workbook/address";
import type { CellValue, WorkbookDescription } from "../../src/workbook/types";

export interface FlatSheet {
  name: string;
  state: ExcelJS.WorksheetState;
  cells: { address: string; value: ExcelJS.CellValue }[];
  tables: { name: string; ref: string; style: string; columns: string[]; rows: ExcelJS.CellValue[][] }[];
  validations: { range: string; source: string; errorTitle: string; error: string }[];
}

export interface FlatWorkbook {
  sheets: FlatSheet[];
  names: { name: string; ref: string }[];
}

function excelValue(value: CellValue): ExcelJS.CellValue {
  switch (value.kind) {
    case "empty":
      return null;
    case "text":
      return value.text;
    case "number":
      return value.value;
    case "date":
      return value.serial;
    case "formula":
      return value.result === undefined ? { formula: value.formula } : { formula: value.formula, result: value.result };
  }
}

/** The description as plain lists of ExcelJS values: done once, outside the timer. */
export function flatten(description: WorkbookDescription): FlatWorkbook {
  return {
    sheets: description.sheets.map((sheet) => ({
      name: sheet.name,
      state: sheet.visibility,
      cells: sheet.cells.filter((c) => c.value.kind !== "empty").map((c) => ({ address: c.address, value: excelValue(c.value) })),
      tables: sheet.tables.map((t) => ({ name: t.name, ref: t.topLeft, style: t.style, columns: t.columns.map((c) => c.header), rows: t.rows.map((r) => r.map(excelValue)) })),
      validations: sheet.validations.map((v) => ({ range: v.range, source: v.source, errorTitle: v.errorTitle, error: v.error })),
    })),
    names: description.names.map((n) => ({ name: n.name, ref: `${quoteSheet(n.sheet)}!${n.range}` })),
  };
}

type Validations = { add(range: string, rule: ExcelJS.DataValidation): void };

/** Hand-written ExcelJS: build the workbook from the lists and write it to `file`. */
export async function writeDirect(flat: FlatWorkbook, file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of flat.sheets) {
    const ws = workbook.addWorksheet(sheet.name, { state: sheet.state });
    for (const t of sheet.tables) {
      ws.addTable({
        name: t.name,
        ref: t.ref,
        headerRow: true,
        style: { theme: t.style as ExcelJS.TableStyleProperties["theme"], showRowStripes: true },
        columns: t.columns.map((name) => ({ name, filterButton: true })),
        rows: t.rows,
      });
    }
    for (const c of sheet.cells) ws.getCell(c.address).value = c.value;
    // ExcelJS's typings omit the sheet-level collection that takes one rule per range.
    const validations = (ws as unknown as { dataValidations: Validations }).dataValidations;
    for (const v of sheet.validations) {
      validations.add(v.range, { type: "list", allowBlank: true, formulae: [v.source], showErrorMessage: true, errorStyle: "stop", errorTitle: v.errorTitle, error: v.error });
    }
  }
  for (const n of flat.names) workbook.definedNames.add(n.ref, n.name);
  const bytes = await workbook.xlsx.writeBuffer();
  await fs.writeFile(file, Buffer.from(bytes as ArrayBuffer));
}
