/** The rendered .xlsx keeps the workbook contract that consultants' pivots and scripts rely on. */
import ExcelJS from "exceljs";
import { MODEL, parseVariant, resolveMunicipality } from "../../src/model";
import { parseIsoDate, toExcelSerial, toIsoDate } from "../../src/plan/dates";
import { scheduleTasks } from "../../src/plan/schedule";
import { buildPlanWorkbook } from "../../src/workbook/build";
import { renderXlsx } from "../../src/xlsx/render";
import { asIsoDate, readTaskRows } from "../support/sheetRows";

const goLive = parseIsoDate("2027-03-01");

async function roundTrip(lang: "da" | "en" = "da", variant = parseVariant({})): Promise<ExcelJS.Workbook> {
  const bytes = await renderXlsx(buildPlanWorkbook({ goLive, lang, variant, municipality: resolveMunicipality("Aarhus"), solution: "SAPA", wave: 1 }));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

describe("a generated plan workbook", () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = await roundTrip();
  });

  test("has a front sheet, Overblik, Tidslinje, a sheet per phase, a sheet per theme and hidden lists", () => {
    const visible = workbook.worksheets.filter((ws) => ws.state === "visible").map((ws) => ws.name);
    expect(visible).toEqual(["Forside", "Overblik", "Tidslinje", ...MODEL.phases.map((p) => p.label.da), ...MODEL.themes.map((t) => t.sheetName.da)]);
    expect(workbook.getWorksheet("Lister")?.state).toBe("hidden");
  });

  test("every sheet name is legal in Excel", () => {
    for (const ws of workbook.worksheets) {
      expect(ws.name.length).toBeLessThanOrEqual(31);
      expect(ws.name).not.toMatch(/[\\/?*[\]:]/);
    }
  });

  test("names the go-live cell GoLive, holding a real date shown as dd-mm-yyyy", () => {
    const ranges = workbook.definedNames.getRanges("GoLive").ranges;
    expect(ranges).toEqual(["Forside!$B$8"]);
    const cell = workbook.getWorksheet("Forside")!.getCell("B8");
    expect(cell.numFmt).toBe("dd-mm-yyyy");
    expect(asIsoDate(cell.value)).toBe("2027-03-01");
  });

  test("has one task table per theme with the contract's headers", () => {
    for (const theme of MODEL.themes) {
      const ws = workbook.getWorksheet(theme.sheetName.da)!;
      const table = ws.getTable(`Opgaver_${theme.id}`) as unknown as { table: { columns: { name: string }[] } };
      expect(table.table.columns.map((c) => c.name)).toEqual([
        "ID", "Opgave", "Fase", "Ansvarlig", "Udfører", "Start", "Deadline", "Status", "Fuldført dato", "Bemærkning",
      ]);
    }
  });

  test("has one criteria table per phase with the contract's headers and every criterion not yet assessed", () => {
    for (const phase of MODEL.phases) {
      const ws = workbook.getWorksheet(phase.label.da)!;
      const table = ws.getTable(`Kriterier_${phase.id}`) as unknown as { table: { columns: { name: string }[] } };
      expect(table.table.columns.map((c) => c.name)).toEqual(["ID", "Succeskriterie", "Vurdering", "Begrundelse"]);
      const criteria = MODEL.criteria.filter((c) => c.phase === phase.id);
      criteria.forEach((criterion, i) => {
        expect(ws.getCell(`A${9 + i}`).value).toBe(criterion.id);
        expect(ws.getCell(`C${9 + i}`).value).toBe("Ikke vurderet");
        expect(ws.getCell(`C${9 + i}`).dataValidation).toMatchObject({ type: "list", formulae: ["VurderingListe"] });
      });
    }
  });

  test("lists every model task once, with Start and Deadline as formulas whose cached values are the schedule", () => {
    const rows = readTaskRows(workbook);
    const schedule = scheduleTasks(goLive);
    expect(rows.map((r) => r.id).sort()).toEqual(schedule.map((t) => t.id).sort());
    for (const task of schedule) {
      const row = rows.find((r) => r.id === task.id)!;
      expect([asIsoDate(row.start), asIsoDate(row.deadline)]).toEqual([toIsoDate(task.start), toIsoDate(task.deadline)]);
      const ws = workbook.getWorksheet(row.sheet)!;
      expect(ws.getCell(`F${row.row}`).formula).toMatch(/FaseStart/);
      expect(ws.getCell(`G${row.row}`).formula).toMatch(/FaseSlut/);
      expect(ws.getCell(`F${row.row}`).numFmt).toBe("dd-mm-yyyy");
    }
  });

  test("gives Status and Fase cells drop-down lists and starts every task as Ikke startet", () => {
    const ws = workbook.getWorksheet("Projektstyring og -ledelse")!;
    expect(ws.getCell("H5").value).toBe("Ikke startet");
    expect(ws.getCell("H5").dataValidation).toMatchObject({ type: "list", formulae: ["StatusListe"] });
    expect(ws.getCell("C5").dataValidation).toMatchObject({ type: "list", formulae: ["FaseListe"] });
  });

  test("freezes the header rows of task sheets", () => {
    const ws = workbook.getWorksheet("Projektstyring og -ledelse")!;
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 4 });
  });

  test("keeps the phase window formulas on GoLive", () => {
    const front = workbook.getWorksheet("Forside")!;
    expect(front.getCell("B13").formula).toBe("EDATE(GoLive,-9)");
    expect(front.getCell("B16").formula).toBe("GoLive+14");
    expect(front.getCell("C16").formula).toBe("EDATE(Fase4Start,12)-1");
  });

  test("writes the holidays WORKDAY skips as real dates", () => {
    const lists = workbook.getWorksheet("Lister")!;
    const christmas = toExcelSerial(parseIsoDate("2027-12-25"));
    const serials: unknown[] = [];
    lists.getColumn(4).eachCell((c) => serials.push(c.value instanceof Date ? toExcelSerial(parseIsoDate(c.value.toISOString().slice(0, 10))) : c.value));
    expect(serials).toContain(christmas);
  });
});

describe("text that looks like a formula", () => {
  test("is written as text, never as a formula", async () => {
    const variant = parseVariant({ localTasks: [{ id: "L-01", theme: "PRJ", title: "=HYPERLINK(\"http://x\",\"y\")", phase: "F2" }] });
    const bytes = await renderXlsx(buildPlanWorkbook({ goLive, lang: "da", variant, solution: "+cmd" }));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.getWorksheet("Forside")!.getCell("B6").value).toBe("+cmd");
    const row = readTaskRows(workbook).find((r) => r.id === "L-01")!;
    const cell = workbook.getWorksheet(row.sheet)!.getCell(`B${row.row}`);
    expect(cell.value).toBe("=HYPERLINK(\"http://x\",\"y\")");
    expect(cell.formula).toBeUndefined();
  });
});
