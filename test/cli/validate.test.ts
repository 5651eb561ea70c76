/** `implan validate`: a report grouped by sheet or one JSON object, and exit codes 0, 1 and 2. */
import { readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { implan, tempDir } from "../support/cli";

async function plan(dir: string, edit?: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const file = path.join(dir, "plan.xlsx");
  expect((await implan("generate", "--go-live", "2027-03-01", "--kommune", "Aarhus", "--out", file)).code).toBe(0);
  if (edit) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    edit(workbook);
    await workbook.xlsx.writeFile(file);
  }
  return file;
}

const pasteBadStatus = (workbook: ExcelJS.Workbook) => {
  workbook.getWorksheet("Projektstyring og -ledelse")!.getCell("H6").value = "igang";
};

describe("implan validate", () => {
  test("says a clean plan has no errors or warnings, shows the transitions and exits 0", async () => {
    const file = await plan(tempDir());
    const result = await implan("validate", file, "--today", "2026-05-01");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`${file}: ingen fejl eller advarsler.`);
    expect(result.stdout).toContain("Faseovergange\n  1→2  ikke klar: F1-K1 er ikke vurderet;");
  });

  test("groups findings under their sheet, with cell, severity, task, message and rule, and exits 1 on an error", async () => {
    const file = await plan(tempDir(), pasteBadStatus);
    const result = await implan("validate", file, "--today", "2026-05-01");
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`${file}: 1 fejl og 0 advarsler.`);
    expect(result.stdout).toMatch(/\nProjektstyring og -ledelse\n {2}H6 +fejl +PRJ-02 +Status "igang" er ikke en af de tilladte værdier; mente du "I gang"\? +\[status-value\]/);
  });

  test("exits 0 when there are only warnings", async () => {
    const file = await plan(tempDir());
    const result = await implan("validate", file, "--today", "2026-09-15");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/0 fejl og 5 advarsler/);
  });

  test("prints one JSON object with --json, messages in English with --lang en", async () => {
    const file = await plan(tempDir(), pasteBadStatus);
    const result = await implan("validate", file, "--json", "--today", "2026-05-01", "--lang", "en");
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(Object.keys(report)).toEqual(["file", "errors", "warnings", "issues", "gates"]);
    expect(report).toMatchObject({ file, errors: 1, warnings: 0 });
    expect(report.issues).toEqual([
      {
        rule: "status-value",
        severity: "error",
        sheet: "Projektstyring og -ledelse",
        cell: "H6",
        task: "PRJ-02",
        message: 'Status "igang" is not one of the allowed values; did you mean "I gang"?',
      },
    ]);
    expect(report.gates.map((g: { transition: string; ready: boolean }) => [g.transition, g.ready])).toEqual([
      ["F1-F2", false],
      ["F2-F3", false],
      ["F3-F4", false],
    ]);
    expect(report.gates[0].reasons[0]).toBe("F1-K1 is not assessed");
  });

  const unreadable: { title: string; bytes: Uint8Array | string; message: RegExp }[] = [
    { title: "a zero-byte file", bytes: new Uint8Array(), message: /er tom \(0 byte\)/ },
    { title: "a CSV file renamed .xlsx", bytes: "kommune;bølge;golive\n", message: /er ikke en Excel-projektmappe/ },
    { title: "a password-protected workbook", bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), message: /adgangskode/ },
  ];

  test.each(unreadable)("exits 2 with one sentence and writes nothing for $title", async ({ bytes, message }) => {
    const dir = tempDir();
    const file = path.join(dir, "plan.xlsx");
    writeFileSync(file, bytes);
    const result = await implan("validate", file);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe("");
    expect(readdirSync(dir)).toEqual(["plan.xlsx"]);
  });

  test("exits 2 for a --today that is not a date", async () => {
    const file = await plan(tempDir());
    const result = await implan("validate", file, "--today", "i morgen");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/"i morgen" er ikke en dato/);
  });

  test("explains itself with --help", async () => {
    const result = await implan("validate", "--help");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Exit codes: 0 no errors");
  });
});
