import ExcelJS from "exceljs";
import { resolveMunicipality } from "../../src/model";
import { parseIsoDate, toExcelSerial, toIsoDate } from "../../src/plan/dates";
import { checkRolloutRecords } from "../../src/plan/rolloutRows";
import { moveWave, rolloutFromEntries, type RolloutPlan } from "../../src/plan/rollup/rollout";
import { buildRolloutWorkbook } from "../../src/workbook/rollup/rolloutSheet";
import { readRolloutXlsx } from "../../src/xlsx/readRollout";
import { renderXlsx } from "../../src/xlsx/render";

const record = (line: number, kommune: string, bølge: string, golive: string) => ({ line, fields: { kommune, bølge, golive } });

/** Three municipalities in wave 1 on 1 March (Odense by its own date), two in wave 2. */
function csvPlan(): RolloutPlan {
  const { entries, problems } = checkRolloutRecords([
    record(2, "Aarhus", "1", "2027-03-01"),
    record(3, "0101", "1", "01-03-2027"),
    record(4, "Odense", "1", "2027-04-01"),
    record(5, "Aalborg", "2", "2027-09-01"),
    record(6, "Esbjerg", "2", "2027-09-01"),
  ]);
  return rolloutFromEntries("udrulning.csv", entries, problems);
}

const goLives = (plan: RolloutPlan) => Object.fromEntries(plan.members.map((m) => [m.municipality.name, m.goLive ? toIsoDate(m.goLive) : undefined]));

describe("a rollout plan", () => {
  test("takes a wave's date from the date most of its rows give, and keeps a differing date as an override", () => {
    const plan = csvPlan();
    expect(plan.waves.map((w) => [w.wave, w.goLive && toIsoDate(w.goLive)])).toEqual([
      [1, "2027-03-01"],
      [2, "2027-09-01"],
    ]);
    expect(plan.members.filter((m) => m.override).map((m) => m.municipality.name)).toEqual(["Odense"]);
    expect(goLives(plan)).toEqual({ Aarhus: "2027-03-01", København: "2027-03-01", Odense: "2027-04-01", Aalborg: "2027-09-01", Esbjerg: "2027-09-01" });
  });

  test("moving a wave's date moves every municipality in it except one with its own date", () => {
    const moved = moveWave(csvPlan(), 1, parseIsoDate("2027-05-03"));
    expect(goLives(moved)).toEqual({ Aarhus: "2027-05-03", København: "2027-05-03", Odense: "2027-04-01", Aalborg: "2027-09-01", Esbjerg: "2027-09-01" });
  });

  test("moving a wave does not change the plan it came from", () => {
    const plan = csvPlan();
    moveWave(plan, 2, parseIsoDate("2028-01-03"));
    expect(goLives(plan).Aalborg).toBe("2027-09-01");
  });
});

async function workbookOf(plan: RolloutPlan): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await renderXlsx(buildRolloutWorkbook(plan, "da"))) as unknown as ArrayBuffer);
  return workbook;
}

async function bytesOf(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The cell in the Udrulning sheet whose row holds `text` in column `column`, offset by `offset` columns. */
function cellBeside(ws: ExcelJS.Worksheet, column: number, text: string | number, offset: number): ExcelJS.Cell {
  let found: ExcelJS.Cell | undefined;
  ws.eachRow((row) => {
    if (row.getCell(column).value === text) found = row.getCell(column + offset);
  });
  if (!found) throw new Error(`No row with ${text}`);
  return found;
}

describe("the Udrulning workbook", () => {
  test("reads back as the plan it was written from", async () => {
    const plan = csvPlan();
    const read = await readRolloutXlsx(await bytesOf(await workbookOf(plan)), "udrulning.xlsx");
    expect(read.problems).toEqual([]);
    expect(goLives(read)).toEqual(goLives(plan));
    expect(read.members.map((m) => [m.municipality.code, m.wave, m.override && toIsoDate(m.override)])).toEqual(plan.members.map((m) => [m.municipality.code, m.wave, m.override && toIsoDate(m.override)]));
  });

  test("writes a municipality that follows its wave as a lookup formula, and its own date as a date", async () => {
    const ws = (await workbookOf(csvPlan())).getWorksheet("Udrulning") as ExcelJS.Worksheet;
    expect(cellBeside(ws, 4, "0751", 3).formula).toMatch(/^IFERROR\(INDEX\(Bølger\[Go-live\],MATCH\(F\d+,Bølger\[Bølge\],0\)\),""\)$/);
    expect(cellBeside(ws, 4, "0461", 3).value).toEqual(new Date(Date.UTC(2027, 3, 1)));
  });

  test("moving a wave's date in the Bølger table moves its municipalities when read back", async () => {
    const workbook = await workbookOf(csvPlan());
    const ws = workbook.getWorksheet("Udrulning") as ExcelJS.Worksheet;
    cellBeside(ws, 1, 2, 1).value = toExcelSerial(parseIsoDate("2027-11-01"));
    const read = await readRolloutXlsx(await bytesOf(workbook), "udrulning.xlsx");
    expect(goLives(read)).toEqual({ Aarhus: "2027-03-01", København: "2027-03-01", Odense: "2027-04-01", Aalborg: "2027-11-01", Esbjerg: "2027-11-01" });
  });

  test("reports bad rows with their sheet row and still reads the good ones", async () => {
    const workbook = await workbookOf(csvPlan());
    const ws = workbook.getWorksheet("Udrulning") as ExcelJS.Worksheet;
    cellBeside(ws, 4, "0751", 0).value = "Atlantis";
    cellBeside(ws, 4, "0851", 2).value = "to";
    cellBeside(ws, 4, "0561", 0).value = "0101";
    const read = await readRolloutXlsx(await bytesOf(workbook), "udrulning.xlsx");
    expect(read.members.map((m) => m.municipality.name)).toEqual(["København", "Odense"]);
    expect(read.problems.map((p) => `${p.line}: ${p.text.da}`)).toEqual([
      expect.stringMatching(/^5: Ukendt kommune "Atlantis"/),
      expect.stringMatching(/^8: bølgen "to" er ikke et helt tal/),
      expect.stringMatching(/^9: København står allerede i række 6$/),
    ]);
  });

  test("refuses a workbook without an Udrulning table with one sentence", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Ark1").getCell("A1").value = "kommune";
    await expect(readRolloutXlsx(await bytesOf(workbook), "tom.xlsx")).rejects.toThrow("tom.xlsx har ingen tabel med navnet Udrulning");
  });

  test("gives a municipality without a wave or a date a problem, but keeps it in the rollout", async () => {
    const plan = csvPlan();
    const bare: RolloutPlan = { ...plan, members: [...plan.members, { line: 7, municipality: resolveMunicipality("Vejle") }] };
    const read = await readRolloutXlsx(await bytesOf(await workbookOf(bare)), "udrulning.xlsx");
    expect(read.members.map((m) => m.municipality.name)).toContain("Vejle");
    expect(read.problems.map((p) => p.text.da)).toEqual(["Vejle har ingen go-live (hverken en dato eller en bølge med en dato)"]);
  });
});
