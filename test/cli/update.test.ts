/** `implan update`: re-plans in place after a backup, or to --out; a failed run changes nothing. */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { parseIsoDate, toExcelSerial } from "../../src/plan/dates";
import { readPlanFile } from "../../src/xlsx/read";
import { implan, tempDir } from "../support/cli";

async function filledPlan(dir: string): Promise<string> {
  const file = path.join(dir, "plan.xlsx");
  expect((await implan("generate", "--go-live", "2027-03-01", "--kommune", "Aarhus", "--losning", "SAPA", "--out", file)).code).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const prj = workbook.getWorksheet("Projektstyring og -ledelse")!;
  prj.getCell("H5").value = "Fuldført";
  prj.getCell("I5").value = toExcelSerial(parseIsoDate("2026-07-01"));
  prj.getCell("J8").value = "Leverandøren står for early-life support";
  const notes = workbook.addWorksheet("Mine noter");
  notes.getCell("A1").value = "Møde med KOMBIT";
  notes.getCell("B1").value = { formula: "GoLive-30" } as ExcelJS.CellFormulaValue;
  await workbook.xlsx.writeFile(file);
  return file;
}

function variantFile(dir: string, json: unknown): string {
  const file = path.join(dir, "variant.json");
  writeFileSync(file, JSON.stringify(json));
  return file;
}

const removePrj04 = { removedTasks: ["PRJ-04"], deviations: [{ field: "removedTasks.PRJ-04", description: "Udgår", approvedBy: "KOMBIT" }] };

describe("implan update", () => {
  test("re-plans in place for a new go-live after keeping a backup, and keeps the entries and own sheets", async () => {
    const dir = tempDir();
    const file = await filledPlan(dir);
    const original = readFileSync(file);
    const result = await implan("update", file, "--go-live", "2027-09-01", "--today", "2026-10-01");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`Opdaterede ${file}: go-live 01-09-2027; 2 opgaver med poster, 0 lokale opgaver, 0 rækker arkiveret`);
    expect(result.stdout).toContain("Egne ark overført: Mine noter");
    const backup = path.join(dir, "plan.bak.xlsx");
    expect(result.stdout).toContain(`Sikkerhedskopi: ${backup}`);
    expect(readFileSync(backup).equals(original)).toBe(true);
    const { snapshot, workbook } = await readPlanFile(file);
    expect(snapshot.goLive?.cell.value).toBe(toExcelSerial(parseIsoDate("2027-09-01")));
    const prj01 = snapshot.tasks.find((t) => t.cells.id?.value === "PRJ-01");
    expect([prj01?.cells.status?.value, prj01?.cells.completed?.value]).toEqual(["Fuldført", toExcelSerial(parseIsoDate("2026-07-01"))]);
    expect(snapshot.municipality?.cell.value).toBe("Aarhus");
    expect(snapshot.solution?.cell.value).toBe("SAPA");
    expect(workbook.getWorksheet("Mine noter")?.getCell("B1").formula).toBe("GoLive-30");
  });

  test("a second update in place keeps the first backup and makes a timestamped one", async () => {
    const dir = tempDir();
    const file = await filledPlan(dir);
    expect((await implan("update", file, "--today", "2026-10-01")).code).toBe(0);
    expect((await implan("update", file, "--today", "2026-10-01")).code).toBe(0);
    const backups = readdirSync(dir).filter((f) => f.startsWith("plan.bak"));
    expect(backups).toHaveLength(2);
    expect(backups).toContain("plan.bak.xlsx");
    expect(backups.filter((f) => /^plan\.bak-\d{8}-\d{6}\.xlsx$/.test(f))).toHaveLength(1);
  });

  test("writes to --out with a new variant, archives removed tasks' entries and leaves the original untouched", async () => {
    const dir = tempDir();
    const file = await filledPlan(dir);
    const original = readFileSync(file);
    const out = path.join(dir, "ny.xlsx");
    const result = await implan("update", file, "--variant", variantFile(dir, removePrj04), "--out", out, "--today", "2026-10-01", "--lang", "en");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("1 row archived on the Archive sheet");
    expect(readFileSync(file).equals(original)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(["ny.xlsx", "plan.xlsx", "variant.json"]);
    const { snapshot } = await readPlanFile(out);
    expect(snapshot.tasks.some((t) => t.cells.id?.value === "PRJ-04")).toBe(false);
    expect(snapshot.archive.map((a) => [a.cells.id?.value, a.cells.note?.value])).toEqual([["PRJ-04", "Leverandøren står for early-life support"]]);
  });

  test.each([
    { title: "an invalid variant file", args: (dir: string) => ["--variant", variantFile(dir, { removedTasks: ["PRJ-04"] })], message: /removedTasks/ },
    {
      title: "a variant that fails only while re-planning (a task would start after its deadline)",
      args: (dir: string) => ["--variant", variantFile(dir, { tasks: { "PRJ-01": { start: { date: "2030-01-01" } } } })],
      message: /Opgave PRJ-01 .* starter 01-01-2030, efter sin deadline/,
    },
    { title: "a go-live that is no date", args: () => ["--go-live", "snart"], message: /"snart" er ikke en dato/ },
  ])("stops on $title with exit 2, no backup and the original untouched", async ({ args, message }) => {
    const dir = tempDir();
    const file = await filledPlan(dir);
    const original = readFileSync(file);
    const result = await implan("update", file, ...args(dir));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(readFileSync(file).equals(original)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.includes("bak"))).toEqual([]);
  });

  test.each([
    { title: "a zero-byte file", bytes: new Uint8Array(), message: /er tom/ },
    { title: "a CSV file renamed .xlsx", bytes: Buffer.from("a;b\n1;2\n"), message: /er ikke en Excel-projektmappe/ },
  ])("refuses $title with exit 2 and writes nothing", async ({ bytes, message }) => {
    const dir = tempDir();
    const file = path.join(dir, "plan.xlsx");
    writeFileSync(file, bytes);
    const result = await implan("update", file, "--go-live", "2027-09-01");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(readdirSync(dir)).toEqual(["plan.xlsx"]);
    expect(readFileSync(file).equals(Buffer.from(bytes))).toBe(true);
  });
});
