/** The shape of the workbook in the fake Excel host (see shape.ts). */
import type { FakeExcel } from "../../fakes/host";
import type { CellFormat } from "../../fakes/state";
import { type SheetShape, type StyleShape, type WorkbookShape, compact, rgb } from "./shape";

const HORIZONTAL: Record<string, string> = { Left: "left", Center: "center", Right: "right" };
const VERTICAL: Record<string, string> = { Top: "top", Center: "middle", Bottom: "bottom" };
const VISIBILITY = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" } as const;

function style(format: CellFormat): StyleShape {
  return compact({
    bold: format.bold || undefined,
    italic: format.italic || undefined,
    size: format.size === 11 ? undefined : format.size,
    fontColor: rgb(format.fontColor),
    fill: rgb(format.fill),
    wrap: format.wrap || undefined,
    horizontal: format.horizontal ? HORIZONTAL[format.horizontal] : undefined,
    vertical: format.vertical ? VERTICAL[format.vertical] : undefined,
  });
}

export const letters = (n: number): string => (n > 26 ? letters(Math.floor((n - 1) / 26)) : "") + String.fromCharCode(65 + ((n - 1) % 26));

/** Calls `visit` with every cell address of "C9:C12". */
export function eachCellOf(range: string, visit: (address: string) => void): void {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(range);
  if (!m) throw new Error(`not a range: ${range}`);
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const [c1, r1, c2, r2] = [col(m[1]), Number(m[2]), col(m[3] ?? m[1]), Number(m[4] ?? m[2])];
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) visit(`${letters(c)}${r}`);
}

function sheetShape(excel: FakeExcel, name: string): SheetShape {
  const i = excel.inspect;
  const info = i.sheets().find((s) => s.name === name);
  if (!info) throw new Error(`no sheet ${name}`);
  const cells: SheetShape["cells"] = {};
  for (const c of i.cells(name)) {
    cells[c.address] = compact({ value: c.formula ? null : c.value, formula: c.formula?.slice(1), numberFormat: c.numberFormat === "General" ? undefined : c.numberFormat });
  }
  const styles: SheetShape["styles"] = {};
  const sheet = excel.workbook.sheets.find((s) => s.name === name);
  const hidden = new Set<string>();
  for (const merge of i.merges(name)) eachCellOf(merge, (a) => (a === merge.split(":")[0] ? undefined : hidden.add(a)));
  for (const [key, cell] of sheet?.cells ?? []) {
    const s = style(cell.format);
    const [r, c] = key.split(",").map(Number);
    const address = `${letters(c)}${r}`;
    if (hidden.has(address)) continue;
    if (Object.keys(s).length > 0) styles[address] = s;
    if (cell.numberFormat !== "General" && !cells[address]) cells[address] = { value: null, numberFormat: cell.numberFormat };
  }
  const validations: Record<string, string> = {};
  for (const v of i.validations(name)) {
    const source = (v.rule as { list?: { source?: string } }).list?.source ?? "";
    eachCellOf(v.range, (a) => (validations[a] = source.replace(/^=/, "")));
  }
  const page = i.page(name);
  const footer = page.footer.left !== undefined ? `&L${page.footer.left}&C${page.footer.center ?? ""}&R${page.footer.right ?? ""}` : undefined;
  const print = page.orientation ? compact({ orientation: page.orientation.toLowerCase(), titleRows: page.printTitleRows?.replace(/\$/g, ""), footer }) : undefined;
  return compact({
    visibility: VISIBILITY[info.visibility],
    tabColor: rgb(info.tabColor),
    cells,
    styles,
    merges: [...i.merges(name)].sort(),
    validations,
    conditionalFormats: i.conditionalFormats(name).map((f) => compact({ range: f.range, formula: (f.formula ?? "").replace(/^=/, ""), fill: rgb(f.fill), fontColor: rgb(f.fontColor), bold: f.bold || undefined })),
    freeze: i.freeze(name),
    columnWidths: i.columnWidths(name),
    rowHeights: Object.fromEntries(Object.entries(i.rowHeights(name)).map(([r, h]) => [r, h])),
    print,
  });
}

export function fakeShape(excel: FakeExcel): WorkbookShape {
  const order = excel.inspect.sheets().map((s) => s.name);
  return {
    order,
    sheets: Object.fromEntries(order.map((name) => [name, sheetShape(excel, name)])),
    names: Object.fromEntries(excel.inspect.names().map((n) => [n.name, `${n.sheet}!${n.range}`])),
    tables: Object.fromEntries(excel.inspect.tables().map((t) => [t.name, { sheet: t.sheet, address: t.address, headers: t.headers, style: t.style }])),
  };
}
