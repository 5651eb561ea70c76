/**
 * The add-in and the CLI must make the same workbook: one description rendered by the Office.js
 * renderer into the fake Excel host and by the ExcelJS renderer into an .xlsx (read back with
 * ExcelJS) must agree on sheets, cells, formulas, number formats, styles, names, tables, list
 * validations, conditional formats, merges, frozen panes, widths, heights and print setup.
 */
import { renderDescription } from "../../src/excel";
import { widthToPoints } from "../../src/excel/sheetLayout";
import type { WorkbookDescription } from "../../src/workbook/types";
import { renderXlsx } from "../../src/xlsx/render";
import { FakeExcel } from "../fakes/host";
import { fakeShape } from "./support/fakeShape";
import { allSupported, localTasks, plan } from "./support/plans";
import { type WorkbookShape, diffShapes, report } from "./support/shape";
import { xlsxShape } from "./support/xlsxShape";

/**
 * ExcelJS treats a width of 9 characters as its default and leaves it out of the file, where Excel
 * then shows its own default (8.43, 1 px narrower); the add-in sets it. Not a difference that matters.
 */
function forgiveExcelJsDefaultWidth(excel: WorkbookShape, xlsx: WorkbookShape): void {
  for (const [name, sheet] of Object.entries(excel.sheets)) {
    const other = xlsx.sheets[name]?.columnWidths ?? {};
    for (const [column, points] of Object.entries(sheet.columnWidths)) {
      if (other[column] === undefined && points === widthToPoints(9)) delete sheet.columnWidths[column];
    }
  }
}

async function bothShapes(description: WorkbookDescription): Promise<{ excel: WorkbookShape; xlsx: WorkbookShape }> {
  const host = new FakeExcel();
  const result = await renderDescription(host.run, description, { supports: allSupported });
  expect(result.skipped).toEqual([]);
  const excel = fakeShape(host);
  const xlsx = await xlsxShape(await renderXlsx(description));
  forgiveExcelJsDefaultWidth(excel, xlsx);
  return { excel, xlsx };
}

const cases: { title: string; description: () => WorkbookDescription }[] = [
  { title: "Aarhus, Danish, go-live 2027-03-01", description: () => plan() },
  { title: "English, no municipality", description: () => plan({ lang: "en", municipality: null }) },
  {
    title: "English with local tasks, a removed task and workday deadlines",
    description: () => plan({ lang: "en", variant: { localTasks: localTasks(12), removedTasks: ["PRJ-02"], deviations: [{ field: "removedTasks.PRJ-02", description: "Ikke relevant her", approvedBy: "Styregruppen" }], workdaysOnly: true } }),
  },
];

describe("the Office.js renderer makes the same workbook as the ExcelJS renderer", () => {
  test.each(cases)("$title", async ({ description }) => {
    const { excel, xlsx } = await bothShapes(description());
    expect(excel.order).toEqual(xlsx.order);
    // Guard against a vacuous pass: the shapes hold what the plan is made of.
    const sheets = Object.values(xlsx.sheets);
    expect(sheets.reduce((n, s) => n + Object.keys(s.cells).length, 0)).toBeGreaterThan(1000);
    expect(sheets.some((s) => Object.values(s.cells).some((c) => c.formula))).toBe(true);
    expect(sheets.reduce((n, s) => n + Object.keys(s.validations).length, 0)).toBeGreaterThan(50);
    expect(sheets.reduce((n, s) => n + s.conditionalFormats.length, 0)).toBeGreaterThan(10);
    expect(sheets.some((s) => Object.keys(s.styles).length > 0 && s.print && s.freeze)).toBe(true);
    expect(Object.keys(xlsx.names).length).toBeGreaterThan(10);
    expect(Object.keys(xlsx.tables).length).toBeGreaterThanOrEqual(13);
    const differences = diffShapes(excel, xlsx);
    if (differences.length > 0) throw new Error(report(differences));
  });
});

describe("the comparison itself", () => {
  test("reports a changed cell by sheet and address", async () => {
    const { excel, xlsx } = await bothShapes(plan());
    const front = Object.keys(excel.sheets)[0];
    excel.sheets[front].cells.B8 = { value: 1 };
    expect(diffShapes(excel, xlsx).join("\n")).toMatch(new RegExp(`sheets\\.${front}\\.cells\\.B8\\.value: excel=1 xlsx=\\d+`));
  });
});
