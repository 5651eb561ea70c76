/** Re-planning an ExcelJS workbook in memory: names, own sheets and own names survive; twice is the same as once. */
import ExcelJS from "exceljs";
import { parseVariant } from "../../src/model";
import { isUserError } from "../../src/model/errors";
import { parseIsoDate, toExcelSerial } from "../../src/plan/dates";
import type { PlanSnapshot } from "../../src/plan/snapshot";
import { buildPlanWorkbook } from "../../src/workbook/build";
import { readPlanWorkbook } from "../../src/xlsx/read";
import { renderXlsx } from "../../src/xlsx/render";
import { updatePlanWorkbook } from "../../src/xlsx/update";
import { renameSheet } from "../support/excelEdits";

const today = parseIsoDate("2026-10-01");
const removePrj04 = parseVariant({ removedTasks: ["PRJ-04"], deviations: [{ field: "removedTasks.PRJ-04", description: "Udgår", approvedBy: "KOMBIT" }] });

async function filled(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await renderXlsx(buildPlanWorkbook({ goLive: parseIsoDate("2027-03-01"), lang: "da", variant: parseVariant({}) }))) as unknown as ArrayBuffer);
  const prj = workbook.getWorksheet("Projektstyring og -ledelse") as ExcelJS.Worksheet;
  prj.getCell("B5").value = "Udpeg styregruppe";
  prj.getCell("J5").value = "Styregruppen er projektejer";
  prj.getCell("J8").value = "Vigtigt";
  renameSheet(workbook, "Fase 1 Opstart", "Fase 1");
  const own = workbook.addWorksheet("Budget");
  own.getCell("A1").value = "Post";
  own.getCell("B1").value = "Beløb";
  own.getCell("A2").value = "Licenser";
  own.getCell("B2").value = 125000;
  own.getCell("B3").value = { formula: "SUM(B2:B2)", result: 125000 } as ExcelJS.CellFormulaValue;
  own.getCell("A1").font = { bold: true };
  own.getColumn(1).width = 30;
  own.mergeCells("C1:D1");
  own.addTable({ name: "Budgettabel", ref: "F1", columns: [{ name: "Konto" }, { name: "Kr" }], rows: [["4100", 10], ["4200", 20]] });
  workbook.definedNames.add("'Budget'!$B$2", "Licensbudget");
  return workbook;
}

async function reload(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const copy = new ExcelJS.Workbook();
  await copy.xlsx.load((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  return copy;
}

/** What people typed, as the snapshot shows it, without row positions (those may change). */
function typed(snapshot: PlanSnapshot): unknown {
  const entries = (cells: Record<string, { value: unknown } | undefined>) =>
    Object.fromEntries(Object.entries(cells).filter(([key]) => !["start", "deadline"].includes(key)).map(([key, cell]) => [key, cell?.value]));
  return {
    tasks: snapshot.tasks.map((t) => entries(t.cells)),
    criteria: snapshot.criteria.map((c) => entries(c.cells)),
    archive: snapshot.archive.map((a) => [entries(a.cells), a.origin?.value, a.archivedOn?.value]),
  };
}

describe("updatePlanWorkbook", () => {
  test("keeps a renamed plan sheet's name, with the workbook names pointing at it", async () => {
    const { workbook } = updatePlanWorkbook(await filled(), { source: "plan.xlsx", today });
    expect(workbook.worksheets.map((ws) => ws.name)).toContain("Fase 1");
    expect(workbook.definedNames.getRanges("Faseovergang12Klar").ranges[0]).toMatch(/^'Fase 1'!\$C\$\d+$/);
  });

  test("carries the user's own sheet over: values, formulas, styles, widths, merges, tables and names", async () => {
    const { workbook, report } = updatePlanWorkbook(await filled(), { source: "plan.xlsx", today });
    expect(report.userSheets).toEqual(["Budget"]);
    expect(report.userNames).toEqual(["Licensbudget"]);
    const budget = (await reload(workbook)).getWorksheet("Budget") as ExcelJS.Worksheet;
    expect([budget.getCell("A2").value, budget.getCell("B2").value, budget.getCell("B3").formula]).toEqual(["Licenser", 125000, "SUM(B2:B2)"]);
    expect(budget.getCell("A1").font?.bold).toBe(true);
    expect(budget.getColumn(1).width).toBe(30);
    expect(budget.getCell("D1").isMerged).toBe(true);
    expect((budget.getTables() as unknown as { table: { name: string } }[]).map((t) => t.table.name)).toEqual(["Budgettabel"]);
  });

  test("a user's own sheet with a name the plan now needs is kept under a free name", async () => {
    const workbook = await filled();
    workbook.addWorksheet("Arkiv").getCell("A1").value = "Gamle referater";
    const { workbook: updated, report } = updatePlanWorkbook(workbook, { source: "plan.xlsx", today, variant: removePrj04 });
    expect(report.userSheets).toEqual(["Budget", "Arkiv (2)"]);
    expect(updated.getWorksheet("Arkiv (2)")?.getCell("A1").value).toBe("Gamle referater");
    expect(readPlanWorkbook(await reload(updated), "plan.xlsx").archive).toHaveLength(1);
  });

  test("keeps a changed task text and its note, and archives the entries of a removed task", async () => {
    const { workbook, report } = updatePlanWorkbook(await filled(), { source: "plan.xlsx", today, goLive: parseIsoDate("2027-06-01"), variant: removePrj04 });
    const snapshot = readPlanWorkbook(await reload(workbook), "plan.xlsx");
    const prj01 = snapshot.tasks.find((t) => t.cells.id?.value === "PRJ-01");
    expect([prj01?.cells.task?.value, prj01?.cells.note?.value]).toEqual(["Udpeg styregruppe", "Styregruppen er projektejer"]);
    expect(snapshot.archive.map((a) => [a.cells.id?.value, a.cells.note?.value, a.archivedOn?.value])).toEqual([["PRJ-04", "Vigtigt", toExcelSerial(today)]]);
    expect(report.archived).toBe(1);
  });

  test("updating the result again changes no entry and archives nothing twice", async () => {
    const once = updatePlanWorkbook(await filled(), { source: "plan.xlsx", today, variant: removePrj04 });
    const first = await reload(once.workbook);
    const twice = updatePlanWorkbook(first, { source: "plan.xlsx", today: parseIsoDate("2026-12-01") });
    const [a, b] = [readPlanWorkbook(first, "a"), readPlanWorkbook(await reload(twice.workbook), "b")];
    expect(typed(b)).toEqual(typed(a));
    expect(twice.report).toMatchObject({ archived: 0, restored: 0, userSheets: ["Budget"] });
  });

  test("asks for --go-live when the workbook's go-live cannot be used", async () => {
    const workbook = await filled();
    (workbook.getWorksheet("Forside") as ExcelJS.Worksheet).getCell("B8").value = "snart";
    let message = "";
    try {
      updatePlanWorkbook(workbook, { source: "plan.xlsx", today });
    } catch (error) {
      if (!isUserError(error)) throw error;
      message = error.text.da;
    }
    expect(message).toMatch(/^Go-live i plan\.xlsx kan ikke bruges \(Go-live "snart" er ikke en dato; .*\); angiv go-live med --go-live\.$/);
    expect(() => updatePlanWorkbook(workbook, { source: "plan.xlsx", today, goLive: parseIsoDate("2027-06-01") })).not.toThrow();
  });
});
