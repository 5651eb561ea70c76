/**
 * The Udrulning table in LibreOffice: moving a wave's date in Bølger moves the Go-live of every
 * municipality in the wave (but not one with its own date), in the rollout workbook and in a rollup
 * workbook's wave overview.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { resolveMunicipality } from "../../src/model";
import { parseIsoDate, toExcelSerial } from "../../src/plan/dates";
import { rolloutFromEntries } from "../../src/plan/rollup/rollout";
import { buildRolloutWorkbook } from "../../src/workbook/rollup/rolloutSheet";
import { readRolloutXlsx } from "../../src/xlsx/readRollout";
import { renderXlsx } from "../../src/xlsx/render";
import { implan, tempDir } from "../support/cli";
import { asIsoDate } from "../support/sheetRows";
import { recalculate } from "../support/libreoffice";
import { writePlan } from "../rollup/support/plans";
import { openWorkbook, readTable } from "../rollup/support/tables";

jest.setTimeout(180_000);

const entry = (line: number, name: string, wave: number, goLive: string) => ({ line, municipality: resolveMunicipality(name), wave, goLive: parseIsoDate(goLive) });

/** Sets the Go-live of `wave` in the Bølger table (columns A:B under the header in row 4). */
function moveWaveCell(workbook: ExcelJS.Workbook, sheet: string, wave: number, goLive: string): void {
  const ws = workbook.getWorksheet(sheet) as ExcelJS.Worksheet;
  ws.eachRow((row, number) => {
    if (number > 4 && row.getCell(1).value === wave) row.getCell(2).value = toExcelSerial(parseIsoDate(goLive));
  });
}

describe("moving a wave's go-live in LibreOffice", () => {
  const dir = tempDir("implan-e2e-rollout-");

  test("moves every municipality of the wave in the Udrulning table, except one with its own date", async () => {
    const plan = rolloutFromEntries("udrulning.csv", [entry(2, "Aarhus", 1, "2027-03-01"), entry(3, "Odense", 1, "2027-04-01"), entry(4, "Aalborg", 1, "2027-03-01"), entry(5, "Esbjerg", 2, "2027-09-01")], []);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await renderXlsx(buildRolloutWorkbook(plan, "da"))) as unknown as ArrayBuffer);
    moveWaveCell(workbook, "Udrulning", 1, "2027-05-03");
    const file = path.join(dir, "udrulning.xlsx");
    await workbook.xlsx.writeFile(file);

    const recalculated = recalculate(file);
    const rows = readTable(await openWorkbook(recalculated), "Udrulning").map((r) => [r.Kommune, asIsoDate(r["Go-live"])]);
    expect(rows).toEqual([
      ["Aarhus", "2027-05-03"],
      ["Odense", "2027-04-01"],
      ["Aalborg", "2027-05-03"],
      ["Esbjerg", "2027-09-01"],
    ]);
    const read = await readRolloutXlsx(await fs.readFile(recalculated), "udrulning.xlsx");
    expect(read.members.map((m) => [m.municipality.name, m.goLive && asIsoDate(m.goLive)])).toEqual(rows);
  });

  test("moves the wave's go-live in a rollup workbook's wave overview", async () => {
    const plans = path.join(dir, "retur");
    await fs.mkdir(plans);
    await writePlan(plans, { municipality: resolveMunicipality("Aarhus"), goLive: "2027-03-01", wave: 1 });
    await writePlan(plans, { municipality: resolveMunicipality("Aalborg"), goLive: "2027-09-01", wave: 2 });
    const out = path.join(dir, "status.xlsx");
    expect((await implan("rollup", plans, "--out", out, "--today", "2026-01-01")).code).toBe(0);
    const workbook = await openWorkbook(out);
    moveWaveCell(workbook, "Udrulning", 2, "2027-10-01");
    const moved = path.join(dir, "flyttet.xlsx");
    await workbook.xlsx.writeFile(moved);

    const recalculated = await openWorkbook(recalculate(moved));
    expect(readTable(recalculated, "Bølgestatus").map((r) => [r.Bølge, asIsoDate(r["Go-live"])])).toEqual([
      [1, "2027-03-01"],
      [2, "2027-10-01"],
    ]);
    expect(readTable(recalculated, "Udrulning").map((r) => [r.Kommune, asIsoDate(r["Go-live"])])).toEqual([
      ["Aarhus", "2027-03-01"],
      ["Aalborg", "2027-10-01"],
    ]);
  });
});
