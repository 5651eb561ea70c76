/** The pure pieces of src/excel, table-driven: blocks, layout, cell input, grids, error texts. */
import { place, toBlocks } from "../../src/excel/blocks";
import { hostInput, needsFormulas } from "../../src/excel/cellInput";
import { toUserError } from "../../src/excel/errors";
import { splitReference, toGrid } from "../../src/excel/grid";
import { apiMinor } from "../../src/excel/host";
import { sheetLayout, widthToPoints } from "../../src/excel/sheetLayout";
import { UserError } from "../../src/model/errors";
import { newSheet } from "../../src/workbook/sheet";
import { STYLES } from "../../src/workbook/styles";
import type { CellValue } from "../../src/workbook/types";

describe("toBlocks groups cells into rectangles", () => {
  const cases: { title: string; cells: string[]; expected: string[] }[] = [
    { title: "a full rectangle is one block", cells: ["A1", "B1", "A2", "B2"], expected: ["A1:B2"] },
    { title: "a lone cell is its own block", cells: ["A1", "B1", "A2", "B2", "C5"], expected: ["A1:B2", "C5"] },
    { title: "a gap in a row splits it", cells: ["A1", "C1"], expected: ["A1", "C1"] },
    { title: "a gap between rows splits the column", cells: ["A1", "A3"], expected: ["A1", "A3"] },
    { title: "rows of different widths stay apart", cells: ["A1", "B1", "A2"], expected: ["A1:B1", "A2"] },
    { title: "a rectangle resumes below a ragged row as a new block", cells: ["A1", "B1", "A2", "A3", "B3"], expected: ["A1:B1", "A2", "A3:B3"] },
    { title: "no cells, no blocks", cells: [], expected: [] },
  ];
  test.each(cases)("$title", ({ cells, expected }) => {
    expect(toBlocks(place(cells.map((address) => ({ address, item: address })))).map((b) => b.address)).toEqual(expected);
  });

  test("keeps items in sheet order, row by row", () => {
    const [block] = toBlocks(place(["B2", "A1", "B1", "A2"].map((address) => ({ address, item: address }))));
    expect(block.items).toEqual([["A1", "B1"], ["A2", "B2"]]);
  });

  test("splits where the key changes", () => {
    const blocks = toBlocks(place([{ address: "A1", item: "x" }, { address: "B1", item: "y" }]), (k) => k);
    expect(blocks.map((b) => b.address)).toEqual(["A1", "B1"]);
  });

  test("a later item at the same address wins, as a later write would", () => {
    expect(toBlocks(place([{ address: "A1", item: 1 }, { address: "A1", item: 2 }]))[0].items).toEqual([[2]]);
  });

  test("does not change its input", () => {
    const input = place(["B1", "A1"].map((address) => ({ address, item: address })));
    const copy = structuredClone(input);
    toBlocks(input);
    expect(input).toEqual(copy);
  });
});

describe("hostInput writes every value the way Excel stores it as described", () => {
  const cases: { title: string; value: CellValue; expected: string | number }[] = [
    { title: "text gets Excel's text mark", value: { kind: "text", text: "=1+1" }, expected: "'=1+1" },
    { title: "text that looks like a number too", value: { kind: "text", text: "0751" }, expected: "'0751" },
    { title: "text that starts with an apostrophe keeps it", value: { kind: "text", text: "'a'" }, expected: "''a'" },
    { title: "empty text clears the cell", value: { kind: "text", text: "" }, expected: "" },
    { title: "empty clears the cell", value: { kind: "empty" }, expected: "" },
    { title: "a number is a number", value: { kind: "number", value: 3.5 }, expected: 3.5 },
    { title: "a date is its serial", value: { kind: "date", serial: 46447 }, expected: 46447 },
    { title: "a formula gets its =", value: { kind: "formula", formula: "GoLive-1", result: 1 }, expected: "=GoLive-1" },
  ];
  test.each(cases)("$title", ({ value, expected }) => expect(hostInput(value)).toBe(expected));

  test("blocks with a formula are written through `formulas`", () => {
    expect(needsFormulas([[{ kind: "text", text: "a" }], [{ kind: "formula", formula: "A1" }]])).toBe(true);
    expect(needsFormulas([[{ kind: "text", text: "=a" }]])).toBe(false);
  });
});

describe("sheetLayout", () => {
  test("converts a file's column width to points the way Excel does for Calibri 11", () => {
    // Excel's default column (shown as 8.43) is stored as 9.140625 and is 64 px = 48 pt wide.
    expect(widthToPoints(9.140625)).toBe(48);
    expect(widthToPoints(9)).toBe(47.25);
    expect(widthToPoints(0)).toBe(0);
  });

  test("writes a table's header and body as one block and gives an empty table one blank row", () => {
    const sheet = newSheet("t", "theme", "T");
    sheet.tables.push({ name: "T1", topLeft: "B3", columns: [{ key: "a", header: "A", width: 9 }, { key: "b", header: "B", width: 12, style: "date" }], rows: [], style: "TableStyleMedium2" });
    const layout = sheetLayout(sheet, STYLES);
    expect(layout.tables).toEqual([{ name: "T1", address: "B3:C4", style: "TableStyleMedium2", headerRow: "B3:C3" }]);
    expect(layout.values[0].items).toEqual([[{ kind: "text", text: "A" }, { kind: "text", text: "B" }], [{ kind: "empty" }, { kind: "empty" }]]);
    expect(layout.styles.map((s) => s.address)).toEqual(["B3:C3", "C4"]);
  });

  test("groups equal neighbouring widths and heights into ranges", () => {
    const sheet = newSheet("s", "front", "S");
    sheet.columnWidths = [10, 10, 20];
    sheet.rowHeights = [{ row: 2, height: 30 }, { row: 3, height: 30 }, { row: 5, height: 15 }];
    const layout = sheetLayout(sheet, STYLES);
    expect(layout.columnWidths.map((w) => w.columns)).toEqual(["A:B", "C:C"]);
    expect(layout.rowHeights).toEqual([{ rows: "2:3", points: 30 }, { rows: "5:5", points: 15 }]);
  });
});

describe("reading grids", () => {
  test.each([
    ["Forside!$B$8", { sheet: "Forside", range: "$B$8" }],
    ["='Fase 1 Opstart'!$B$2:$C$4", { sheet: "Fase 1 Opstart", range: "$B$2:$C$4" }],
    ["'Kim''s ark'!A1", { sheet: "Kim's ark", range: "A1" }],
    ["Økonomi!A1:B2", { sheet: "Økonomi", range: "A1:B2" }],
    ["=#REF!", undefined],
    ["=Ark1!A1,Ark1!B2", undefined],
  ])("splitReference(%s)", (reference, expected) => expect(splitReference(reference)).toEqual(expected));

  const grid = toGrid({
    address: "Ark1!B2:C3",
    values: [["=x", 46447], [true, ""]],
    formulas: [["=x", "=GoLive"], [true, ""]],
    valueTypes: [["String", "Double"], ["Boolean", "Empty"]],
    numberFormat: [["General", "dd-mm-yyyy"], ["General", "General"]],
  });
  test.each([
    ["B2", { address: "B2", value: "=x" }],
    ["C2", { address: "C2", value: 46447, formula: "GoLive", numberFormat: "dd-mm-yyyy" }],
    ["B3", { address: "B3", value: true }],
    ["C3", undefined],
    ["A1", undefined],
    ["D9", undefined],
  ])("cell %s", (address, expected) => expect(grid.cell(address)).toEqual(expected));
});

describe("errors", () => {
  test("a UserError passes through unchanged", () => {
    const error = new UserError({ da: "x", en: "y" });
    expect(toUserError(error, "read")).toBe(error);
  });

  test("anything else keeps its cause", () => {
    const cause = new TypeError("bug");
    expect(toUserError(cause, "create")).toMatchObject({ cause, message: expect.stringMatching(/oprette planen/) });
  });

  test("requirement-set versions compare by their minor number", () => {
    expect(apiMinor("1.10")).toBeGreaterThan(apiMinor("1.9"));
    expect(() => apiMinor("2")).toThrow();
  });
});
