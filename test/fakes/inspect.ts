/** Plain views of the fake workbook for assertions; they never go through the proxies. */
import { cellName, formatRect, parseRect } from "./a1";
import { nameFormula } from "./names";
import { type CellState, type SheetState, type WorkbookState, getCell, sameName } from "./state";

export interface CellView {
  address: string;
  value: CellState["value"];
  formula?: string;
  quotePrefix: boolean;
  numberFormat: string;
  format: CellState["format"];
}

function cellView(address: string, cell: CellState): CellView {
  return { address, value: cell.value, formula: cell.formula, quotePrefix: cell.quotePrefix, numberFormat: cell.numberFormat, format: { ...cell.format } };
}

export class Inspector {
  constructor(private readonly workbook: () => WorkbookState) {}

  private sheet(name: string): SheetState {
    const sheet = this.workbook().sheets.find((s) => sameName(s.name, name));
    if (!sheet) throw new Error(`Fake Excel has no sheet "${name}" (sheets: ${this.workbook().sheets.map((s) => s.name).join(", ")})`);
    return sheet;
  }

  sheets() {
    return this.workbook().sheets.map((s, position) => ({ name: s.name, visibility: s.visibility, tabColor: s.tabColor, position }));
  }

  activeSheet(): string | undefined {
    return this.workbook().active?.name;
  }

  /** What `Range.select()` selected last: its sheet and address; undefined before any. */
  selection(): { sheet: string; address: string } | undefined {
    const selected = this.workbook().selection;
    return selected && { sheet: selected.sheet.name, address: formatRect(selected.rect) };
  }

  /** The cell at "B8" on a sheet; undefined when it was never touched. */
  cell(sheet: string, address: string): CellView | undefined {
    const rect = parseRect(address);
    if (!rect) throw new Error(`not a cell address: ${address}`);
    const cell = getCell(this.sheet(sheet), rect.r1, rect.c1);
    return cell && cellView(cellName(rect.r1, rect.c1), cell);
  }

  /** Every cell with a value or formula, row by row. */
  cells(sheet: string): CellView[] {
    const s = this.sheet(sheet);
    return [...s.cells.entries()]
      .filter(([, c]) => c.value !== null || c.formula !== undefined)
      .map(([k, c]) => {
        const [r, col] = k.split(",").map(Number);
        return { r, col, view: cellView(cellName(r, col), c) };
      })
      .sort((a, b) => a.r - b.r || a.col - b.col)
      .map((x) => x.view);
  }

  tables() {
    return this.workbook().tables.map((t) => ({
      name: t.name,
      sheet: t.sheet.name,
      address: formatRect(t.rect),
      style: t.style,
      headers: Array.from({ length: t.rect.c2 - t.rect.c1 + 1 }, (_, i) => String(getCell(t.sheet, t.rect.r1, t.rect.c1 + i)?.value ?? "")),
    }));
  }

  names() {
    return this.workbook().names.map((n) => ({ name: n.name, sheet: n.sheet?.name, range: n.sheet ? nameFormula(n).split("!")[1] : "#REF!", formula: nameFormula(n) }));
  }

  validations(sheet?: string) {
    const sheets = sheet ? [this.sheet(sheet)] : this.workbook().sheets;
    return sheets.flatMap((s) => s.validations.map((v) => ({ sheet: s.name, range: formatRect(v.rect), rule: v.rule, errorAlert: v.errorAlert, ignoreBlanks: v.ignoreBlanks })));
  }

  conditionalFormats(sheet: string) {
    return this.sheet(sheet).conditionalFormats.map((f, priority) => ({ ...f, range: formatRect(f.rect), priority }));
  }

  merges(sheet: string): string[] {
    return this.sheet(sheet).merges.map(formatRect);
  }

  freeze(sheet: string) {
    return this.sheet(sheet).freeze;
  }

  /** Points by column letter(s). */
  columnWidths(sheet: string): Record<string, number> {
    return Object.fromEntries([...this.sheet(sheet).columnWidths.entries()].map(([c, w]) => [cellName(1, c).replace(/\d+$/, ""), w]));
  }

  rowHeights(sheet: string): Record<number, number> {
    return Object.fromEntries(this.sheet(sheet).rowHeights);
  }

  page(sheet: string) {
    return structuredClone(this.sheet(sheet).page);
  }
}
