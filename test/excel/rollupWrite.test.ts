/**
 * Writing the rollup of 98 plans into the open workbook through the pane's PlanHost, on the strict
 * fake Excel host: a fixed number of syncs under the request limit, a PivotTable where ExcelApi 1.8
 * allows one and a note where not, and the user's own sheets never touched.
 */
import { createExcelPlanHost } from "../../src/excel/excelPlanHost";
import type { PlanHost } from "../../src/excel/planHost";
import { PIVOT_NOTES } from "../../src/excel/rollupNotes";
import { isUserError } from "../../src/model/errors";
import { FakeExcel } from "../fakes/host";
import { pivotsOf } from "../fakes/pivotTable";
import { rollupDescription } from "./support/rollup";

const FOUR_MB = 4 * 1024 * 1024;
const ROLLUP_SHEETS = ["Overblik", "Kommuner", "Status", "Kriterier", "Filer", "Fund", "Udrulning"];

function hostOn(excel: FakeExcel, apiVersion = "1.17"): PlanHost {
  const minor = Number(apiVersion.split(".")[1]);
  return createExcelPlanHost(excel.run, (version) => Number(version.split(".")[1]) <= minor);
}

/** A workbook a consultant already uses: notes on a sheet of their own, with a table. */
function consultantsWorkbook(apiVersion = "1.17"): FakeExcel {
  const excel = new FakeExcel({ sheets: ["Mine noter"], apiVersion });
  excel.typeInto("Mine noter", "A1", "Kontakt");
  excel.typeInto("Mine noter", "A2", "Aarhus: Jens");
  excel.typeInto("Mine noter", "B1", "=1+1");
  return excel;
}

const snapshotOf = (excel: FakeExcel, sheet: string) => ({ cells: excel.inspect.cells(sheet), widths: excel.inspect.columnWidths(sheet) });

describe("writing the rollup of 98 plans (ExcelApi 1.17)", () => {
  const description = rollupDescription();
  let excel: FakeExcel;
  let result: Awaited<ReturnType<PlanHost["writeRollup"]>>;

  beforeAll(async () => {
    excel = new FakeExcel();
    result = await hostOn(excel).writeRollup(description);
  });

  test("takes exactly 3 round trips: look, write, finish", () => {
    const stats = excel.stats();
    expect(stats.roundTrips).toBe(3);
    expect(stats.syncCalls).toBe(3);
  });

  test("sends no single request or response of 4 MB or more", () => {
    const stats = excel.stats();
    expect(stats.maxRequestBytes).toBeGreaterThan(1024 * 1024);
    expect(stats.maxRequestBytes).toBeLessThan(FOUR_MB);
    expect(stats.maxResponseBytes).toBeLessThan(FOUR_MB);
  });

  test("writes every sheet and table, drops the blank start sheet and shows Overblik", () => {
    expect(excel.inspect.sheets().map((s) => s.name)).toEqual([...ROLLUP_SHEETS, "Pivot"]);
    expect(excel.inspect.activeSheet()).toBe("Overblik");
    const status = excel.inspect.tables().find((t) => t.name === "Status");
    expect(status).toMatchObject({ sheet: "Status", address: "A1:L3333" });
    expect(status?.headers.slice(0, 3)).toEqual(["Kommune", "Kommunekode", "Bølge"]);
    expect(excel.inspect.names().map((n) => n.name)).toEqual(["Statusdato"]);
    expect(result).toEqual({ sheets: [...ROLLUP_SHEETS, "Pivot"], replaced: [], kept: [], pivot: true, notes: [] });
  });

  test("adds a PivotTable of tasks by wave, phase and status over the Status table", () => {
    expect(pivotsOf(excel.workbook).map(({ name, sheet, source, destination, rows, columns, data }) => ({ name, sheet: sheet.name, source, destination, rows, columns, data }))).toEqual([
      { name: "Udrulningspivot", sheet: "Pivot", source: "Status", destination: "A3", rows: ["Bølge"], columns: ["Fase", "Status"], data: [{ field: "Kommunekode", summarizeBy: "Count", name: "Antal opgaver" }] },
    ]);
  });
});

describe("on ExcelApi 1.7 (Office 2019)", () => {
  test("writes the rollup without a PivotTable and says why", async () => {
    const excel = new FakeExcel({ apiVersion: "1.7" });
    const result = await hostOn(excel, "1.7").writeRollup(rollupDescription());
    expect(result.pivot).toBe(false);
    expect(result.notes).toEqual([PIVOT_NOTES.api]);
    // Without ExcelApi 1.9 shapes cannot be counted, so the start sheet is kept, as when creating a plan.
    expect(excel.inspect.sheets().map((s) => s.name)).toEqual(["Ark1", ...ROLLUP_SHEETS]);
    expect(pivotsOf(excel.workbook)).toEqual([]);
    expect(excel.stats().roundTrips).toBeLessThanOrEqual(4);
  });
});

describe("in a workbook that already holds the user's sheets and an earlier rollup", () => {
  test("leaves the user's sheet as it was and writes after it", async () => {
    const excel = consultantsWorkbook();
    const before = snapshotOf(excel, "Mine noter");
    await hostOn(excel).writeRollup(rollupDescription());
    expect(excel.inspect.sheets().map((s) => s.name)).toEqual(["Mine noter", ...ROLLUP_SHEETS, "Pivot"]);
    expect(snapshotOf(excel, "Mine noter")).toEqual(before);
  });

  test("replaces the earlier rollup, keeps the consultant's Udrulning sheet and the user's sheet", async () => {
    const excel = consultantsWorkbook();
    const host = hostOn(excel);
    await host.writeRollup(rollupDescription({ asOf: "2027-01-15" }));
    // The consultant moves wave 2 in the Bølger table (A4: header; waves 1-3 in A5:B7).
    excel.typeInto("Udrulning", "B6", 47000);
    const notes = snapshotOf(excel, "Mine noter");
    const rollout = snapshotOf(excel, "Udrulning");
    excel.resetStats();

    const result = await host.writeRollup(rollupDescription({ asOf: "2027-02-15" }));
    expect(result).toMatchObject({ replaced: ["Overblik", "Kommuner", "Status", "Kriterier", "Filer", "Fund"], kept: ["Udrulning"], pivot: true });
    expect(result.sheets).toEqual(["Overblik", "Kommuner", "Status", "Kriterier", "Filer", "Fund", "Pivot"]);
    expect(excel.inspect.sheets().map((s) => s.name)).toEqual(["Mine noter", "Udrulning", "Overblik", "Kommuner", "Status", "Kriterier", "Filer", "Fund", "Pivot"]);
    expect(snapshotOf(excel, "Mine noter")).toEqual(notes);
    expect(snapshotOf(excel, "Udrulning")).toEqual(rollout);
    expect(pivotsOf(excel.workbook)).toHaveLength(1);
    expect(excel.inspect.names().map((n) => n.name)).toEqual(["Statusdato"]);
    expect(excel.stats().roundTrips).toBe(3);
  });

  test("replaces a workbook that holds nothing but an earlier rollup (Excel keeps one sheet meanwhile)", async () => {
    const excel = new FakeExcel();
    const host = hostOn(excel);
    await host.writeRollup(rollupDescription());
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Udrulning").delete();
      await context.sync();
    });
    excel.resetStats();
    const result = await host.writeRollup(rollupDescription());
    expect(result.kept).toEqual([]);
    expect(excel.inspect.sheets().map((s) => s.name)).toEqual([...ROLLUP_SHEETS, "Pivot"]);
    expect(excel.stats().roundTrips).toBe(3);
  });
});

describe("refusing to touch what is not an earlier rollup", () => {
  const refusal = async (excel: FakeExcel) => {
    const before = excel.inspect.sheets();
    const error = await hostOn(excel).writeRollup(rollupDescription()).catch((e: unknown) => e);
    expect(isUserError(error)).toBe(true);
    expect(excel.inspect.sheets()).toEqual(before);
    expect(excel.stats().roundTrips).toBe(1);
    return (error as { text: { da: string } }).text.da;
  };

  test("a sheet of the user's named like a rollup sheet", async () => {
    const excel = consultantsWorkbook();
    excel.addSheet("Status");
    excel.typeInto("Status", "A1", "Mit eget statusark");
    expect(await refusal(excel)).toMatch(/allerede ark med de navne.*"Status"/);
  });

  test("a table of the user's named Status without the rollup's columns", async () => {
    const excel = consultantsWorkbook();
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Mine noter");
      sheet.tables.add("A1:B2", true).name = "Status";
      await context.sync();
    });
    excel.resetStats();
    expect(await refusal(excel)).toMatch(/tabel ved navn "Status" \(på arket "Mine noter"\)/);
  });
});

describe("a rollup too large for one request", () => {
  test("is written in two syncs, each under 4 MB: 4 round trips in all", async () => {
    const excel = new FakeExcel();
    const description = rollupDescription({ extraTasks: 80 });
    await hostOn(excel).writeRollup(description);
    const stats = excel.stats();
    expect(stats.roundTrips).toBe(4);
    expect(stats.syncCalls).toBe(4);
    expect(stats.maxRequestBytes).toBeLessThan(FOUR_MB);
    expect(stats.syncs[1].requestBytes + stats.syncs[2].requestBytes).toBeGreaterThan(FOUR_MB);
    const rows = description.sheets.flatMap((s) => s.tables).find((t) => t.name === "Status")?.rows ?? [];
    expect(rows).toHaveLength(98 * 114);
    expect(excel.inspect.tables().find((t) => t.name === "Status")?.address).toBe(`A1:L${rows.length + 1}`);
    expect(excel.inspect.cell("Status", `F${rows.length + 1}`)?.value).toBe((rows[rows.length - 1][5] as { text: string }).text);
  });
});

describe("a rollup too large for two requests", () => {
  test("is refused before anything is written, pointing at the command line", async () => {
    const excel = consultantsWorkbook();
    const error = await hostOn(excel).writeRollup(rollupDescription({ extraTasks: 200 })).catch((e: unknown) => e);
    expect((error as { text: { da: string } }).text.da).toMatch(/for stor.*implan rollup/);
    expect(excel.inspect.sheets().map((s) => s.name)).toEqual(["Mine noter"]);
    expect(excel.stats().roundTrips).toBe(1);
  });
});

describe("when Excel fails while writing", () => {
  test("takes the half-written rollup out again, keeps the user's sheet and says what to do", async () => {
    const excel = consultantsWorkbook();
    const before = snapshotOf(excel, "Mine noter");
    excel.failSync(2, { code: "GeneralException", message: "boom", afterActions: 40 });
    const error = await hostOn(excel).writeRollup(rollupDescription()).catch((e: unknown) => e);
    expect((error as { text: { da: string } }).text.da).toMatch(/^Excel kunne ikke skrive udrulningsstatus \(GeneralException\)/);
    expect(excel.inspect.sheets().map((s) => s.name)).toEqual(["Mine noter"]);
    expect(excel.inspect.names()).toEqual([]);
    expect(snapshotOf(excel, "Mine noter")).toEqual(before);
  });
});

describe("reading the rollout back", () => {
  test("finds the Udrulning table's 98 municipalities in 3 waves in one sync", async () => {
    const excel = new FakeExcel();
    const host = hostOn(excel);
    await host.writeRollup(rollupDescription());
    excel.resetStats();
    const rollout = await host.readRollout();
    expect(excel.stats().roundTrips).toBe(1);
    expect(rollout?.members).toHaveLength(98);
    expect(rollout?.waves.map((w) => w.wave)).toEqual([1, 2, 3]);
    expect(rollout?.problems).toEqual([]);
  });

  test("says there is none in a workbook without one", async () => {
    await expect(hostOn(new FakeExcel()).readRollout()).resolves.toBeNull();
  });
});
