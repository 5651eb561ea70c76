/** The fake `Excel.Range`: values, formulas and number formats as 2-D arrays, formats, merges. */
import { type Rect, cellName, columns, formatRect, overlaps, parseRect, rows, sheetPrefix } from "./a1";
import { normaliseHeaders, writeInputs, writeNumberFormats } from "./cellWrites";
import { FakeConditionalFormatCollection } from "./conditionalFormat";
import type { FakeContext } from "./context";
import { FakeDataValidation } from "./dataValidation";
import { officeErrors } from "./errors";
import { FakeObject } from "./object";
import { FakeRangeFormat, type RangeTarget } from "./rangeFormat";
import { isBrokenFormula } from "./references";
import { eachCell, getCell, touchCell } from "./state";
import type { Scalar } from "./typedInput";

const ERRORS = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#SPILL!", "#CALC!"]);

export class FakeRange extends FakeObject<RangeTarget> {
  protected readonly scalars = ["address", "values", "formulas", "numberFormat", "valueTypes", "rowCount", "columnCount", "rowIndex", "columnIndex"] as const;
  private readonly parts: { format?: FakeRangeFormat; dataValidation?: FakeDataValidation; conditionalFormats?: FakeConditionalFormatCollection } = {};

  constructor(context: FakeContext, path: string, resolve: () => RangeTarget | null, nullable = false) {
    super(context, "Range", path, resolve, "1.1", nullable);
  }

  /** A range inside a sheet target, from an address; InvalidArgument when it is not one. */
  static within(sheetTarget: RangeTarget["sheet"], address: string): RangeTarget {
    const rect = parseRect(address);
    if (!rect) throw officeErrors.invalidArgument(`"${address}" is not an A1 address`, "Worksheet.getRange");
    return { sheet: sheetTarget, rect };
  }

  private cellValue(t: RangeTarget, row: number, column: number): Scalar {
    const cell = getCell(t.sheet, row, column);
    if (!cell) return "";
    if (cell.formula !== undefined) {
      if (isBrokenFormula(this.context.host.workbook, cell.formula)) return "#REF!";
      return this.context.host.evaluate(cell.formula, t.sheet.name, cellName(row, column)) ?? "";
    }
    return cell.value ?? "";
  }

  private grid<V>(t: RangeTarget, at: (row: number, column: number) => V): V[][] {
    const out: V[][] = [];
    eachCell(t.rect, (row, column) => {
      if (column === t.rect.c1) out.push([]);
      out[out.length - 1].push(at(row, column));
    });
    return out;
  }

  protected override property(t: RangeTarget, prop: string): unknown {
    switch (prop) {
      case "address":
        return `${sheetPrefix(t.sheet.name)}${formatRect(t.rect)}`;
      case "rowCount":
        return rows(t.rect);
      case "columnCount":
        return columns(t.rect);
      case "rowIndex":
        return t.rect.r1 - 1;
      case "columnIndex":
        return t.rect.c1 - 1;
      case "values":
        return this.grid(t, (r, c) => this.cellValue(t, r, c));
      // A text cell reads back as its text, even quote-prefixed "=x" (Excel drops the apostrophe).
      case "formulas":
        return this.grid(t, (r, c) => getCell(t.sheet, r, c)?.formula ?? this.cellValue(t, r, c));
      case "numberFormat":
        return this.grid(t, (r, c) => getCell(t.sheet, r, c)?.numberFormat ?? "General");
      case "valueTypes":
        return this.grid(t, (r, c) => {
          const v = this.cellValue(t, r, c);
          if (v === "") return "Empty";
          if (typeof v === "number") return "Double";
          if (typeof v === "boolean") return "Boolean";
          return getCell(t.sheet, r, c)?.formula !== undefined && ERRORS.has(v) ? "Error" : "String";
        });
      default:
        return super.property(t, prop);
    }
  }

  get address(): string {
    return this.read("address");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(input: unknown[][]) {
    this.write("values", input, (t) => this.writeCells(t, input, "Range.values"));
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(input: unknown[][]) {
    this.write("formulas", input, (t) => this.writeCells(t, input, "Range.formulas"));
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(input: unknown[][]) {
    this.write("numberFormat", input, (t) => writeNumberFormats(t.sheet, t.rect, input, "Range.numberFormat"));
  }

  private writeCells(t: RangeTarget, input: unknown, location: string): void {
    this.context.noteCellWrite();
    writeInputs(this.context.host.workbook, t.sheet, t.rect, input, location);
  }

  get format(): FakeRangeFormat {
    return (this.parts.format ??= new FakeRangeFormat(this.context, `${this.path}.format`, () => this.target()));
  }
  get dataValidation(): FakeDataValidation {
    return (this.parts.dataValidation ??= new FakeDataValidation(this.context, `${this.path}.dataValidation`, () => this.target()));
  }
  get conditionalFormats(): FakeConditionalFormatCollection {
    return (this.parts.conditionalFormats ??= new FakeConditionalFormatCollection(this.context, `${this.path}.conditionalFormats`, () => this.target()));
  }

  /** Selects the range, activating its sheet; Excel refuses a hidden sheet. */
  select(): void {
    this.queue("select", undefined, (t) => {
      if (t.sheet.visibility !== "Visible") throw officeErrors.invalidOperation(`cannot select on hidden sheet "${t.sheet.name}"`, "Range.select");
      const workbook = this.context.host.workbook;
      workbook.active = t.sheet;
      workbook.selection = { sheet: t.sheet, rect: t.rect };
    });
  }

  /** Merges the range; Excel keeps only the top-left value and refuses merges inside tables. */
  merge(across = false): void {
    this.queue("merge", across, (t) => {
      const workbook = this.context.host.workbook;
      if (workbook.tables.some((table) => table.sheet === t.sheet && overlaps(table.rect, t.rect))) {
        throw officeErrors.invalidOperation(`cannot merge ${formatRect(t.rect)}: it overlaps a table`, "Range.merge");
      }
      const pieces: Rect[] = across ? Array.from({ length: rows(t.rect) }, (_, i) => ({ ...t.rect, r1: t.rect.r1 + i, r2: t.rect.r1 + i })) : [t.rect];
      for (const piece of pieces) {
        if (t.sheet.merges.some((m) => overlaps(m, piece))) throw officeErrors.invalidOperation(`${formatRect(piece)} overlaps a merged area`, "Range.merge");
        eachCell(piece, (r, c) => {
          if (r === piece.r1 && c === piece.c1) return;
          const cell = touchCell(t.sheet, r, c);
          cell.value = null;
          cell.formula = undefined;
        });
        t.sheet.merges.push(piece);
      }
      normaliseHeaders(workbook, t.sheet);
    });
  }
}
