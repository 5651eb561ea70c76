/** Styled cells name their font, so LibreOffice prints them in the sans the workbook uses, not a serif. */
import ExcelJS from "exceljs";
import { buildPlanWorkbook } from "../../src/workbook/build";
import { renderXlsx } from "../../src/xlsx/render";
import { planInput } from "./support/plans";

test("every styled cell of the visual sheets names Calibri and a size", async () => {
  const description = buildPlanWorkbook(planInput("2027-03-01"));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await renderXlsx(description)) as unknown as ArrayBuffer);
  for (const sheet of description.sheets.filter((s) => ["front", "overview", "timeline"].includes(s.kind))) {
    const ws = workbook.getWorksheet(sheet.name)!;
    for (const c of sheet.cells) {
      const style = c.style ? description.styles[c.style] : undefined;
      if (!style || !(style.bold || style.italic || style.size || style.fontColor)) continue;
      expect([c.address, ws.getCell(c.address).font]).toEqual([c.address, expect.objectContaining({ name: "Calibri", size: style.size ?? 11 })]);
    }
  }
});
