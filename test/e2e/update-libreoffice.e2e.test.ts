/**
 * The [core] LibreOffice check, extended to update: after `implan update` to a new go-live and
 * variant, the dates LibreOffice recalculates equal the TypeScript schedule; the self-check cells
 * agree with validation's gates; and LibreOffice paints invalid and overdue entries.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { parseVariant } from "../../src/model";
import type { Variant } from "../../src/model/types";
import { parseIsoDate, toIsoDate } from "../../src/plan/dates";
import { previousWorkingDayOnOrBefore } from "../../src/plan/holidays";
import { phaseWindows, scheduleTasks } from "../../src/plan/schedule";
import { storedVariant } from "../../src/plan/storedVariant";
import { validatePlan } from "../../src/plan/validation";
import { parseReference, readPlanFile } from "../../src/xlsx/read";
import { COLORS } from "../../src/workbook/styles";
import { implan } from "../support/cli";
import { recalculate } from "../support/libreoffice";
import { printedColours } from "../support/pdfColours";
import { asIsoDate, readTaskRows } from "../support/sheetRows";

const dir = mkdtempSync(path.join(os.tmpdir(), "implan-e2e-update-"));
const PRJ = "Projektstyring og -ledelse";

async function edit(file: string, change: (workbook: ExcelJS.Workbook) => void): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  change(workbook);
  await workbook.xlsx.writeFile(file);
}

async function generate(name: string, goLive: string): Promise<string> {
  const file = path.join(dir, name);
  expect((await implan("generate", "--go-live", goLive, "--kommune", "Aarhus", "--out", file)).code).toBe(0);
  return file;
}

/** The date of each task: the schedule's, or its phase window's where the user moved the task. */
function expected(goLive: Date, variant: Variant, moved: Record<string, string>): Record<string, { start: string; deadline: string }> {
  const windows = phaseWindows(goLive, variant);
  const dates: Record<string, { start: string; deadline: string }> = {};
  for (const task of scheduleTasks(goLive, variant)) dates[task.id] = { start: toIsoDate(task.start), deadline: toIsoDate(task.deadline) };
  for (const [id, phase] of Object.entries(moved)) {
    const window = windows.find((w) => w.phase === phase);
    if (!window) throw new Error(`No window ${phase}`);
    const deadline = variant.workdaysOnly ? previousWorkingDayOnOrBefore(window.end) : window.end;
    dates[id] = { start: toIsoDate(window.start), deadline: toIsoDate(deadline) };
  }
  return dates;
}

const cases = [
  { title: "go-live moved later, same variant", goLive: "2027-10-15", variant: {} },
  {
    title: "go-live moved earlier, tasks removed and added, deadlines on working days",
    goLive: "2027-01-29",
    variant: {
      workdaysOnly: true,
      removedTasks: ["PRJ-04", "ITM-05"],
      deviations: ["PRJ-04", "ITM-05"].map((id) => ({ field: `removedTasks.${id}`, description: "Udgår", approvedBy: "KOMBIT" })),
      localTasks: [{ id: "L-N1", theme: "VID", title: "E-læring", phase: "F2", deadline: { weeks: -1 } }],
    },
  },
];

describe("update, recalculated by LibreOffice", () => {
  test.each(cases)("$title: every date equals the schedule for the new go-live", async ({ goLive, variant }) => {
    const file = await generate(`plan-${goLive}.xlsx`, "2027-03-01");
    await edit(file, (workbook) => {
      const prj = workbook.getWorksheet(PRJ) as ExcelJS.Worksheet;
      prj.getCell("H5").value = "Fuldført";
      prj.getCell("C6").value = "Fase 3 Ibrugtagning"; // PRJ-02 moved by the user
      prj.getCell("J6").value = "Flyttet efter aftale";
      prj.getCell("A9").value = "L-T1"; // typed under the table
      prj.getCell("B9").value = "Lokal styregruppe";
      prj.getCell("C9").value = "Fase 4 Forankring";
    });
    const variantFile = path.join(dir, `variant-${goLive}.json`);
    writeFileSync(variantFile, JSON.stringify(variant));
    const out = path.join(dir, `updated-${goLive}.xlsx`);
    const result = await implan("update", file, "--go-live", goLive, "--variant", variantFile, "--out", out);
    expect(result.code).toBe(0);

    const recalculated = new ExcelJS.Workbook();
    await recalculated.xlsx.readFile(recalculate(out));
    const actual = Object.fromEntries(readTaskRows(recalculated).map((r) => [r.id, { start: asIsoDate(r.start) ?? "", deadline: asIsoDate(r.deadline) ?? "" }]));
    expect(actual).toEqual(expected(parseIsoDate(goLive), parseVariant(variant), { "PRJ-02": "F3", "L-T1": "F4" }));
  });

  test("the self-check cells LibreOffice computes agree with validation's gates", async () => {
    const file = await generate("gates.xlsx", "2027-03-01");
    await edit(file, (workbook) => {
      const f1 = workbook.getWorksheet("Fase 1 Opstart") as ExcelJS.Worksheet;
      for (const cell of ["C9", "C10", "C12"]) f1.getCell(cell).value = "Opfyldt";
      f1.getCell("C11").value = "Delvist opfyldt";
      f1.getCell("D11").value = "Business casen formidles i Fase 2";
      const f2 = workbook.getWorksheet("Fase 2 Forberedelse") as ExcelJS.Worksheet;
      f2.getCell("C9").value = "Ikke opfyldt";
      (workbook.getWorksheet("Ud- og indfasning") as ExcelJS.Worksheet).getCell("H10").value = "I gang"; // UDI-06, Fase 3
    });
    const recalculatedFile = recalculate(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(recalculatedFile);
    const ready = ["Faseovergang12Klar", "Faseovergang23Klar", "Faseovergang34Klar"].map((name) => {
      const target = parseReference(workbook.definedNames.getRanges(name).ranges[0]);
      return target && workbook.getWorksheet(target.sheet)?.getCell(target.range.replace(/\$/g, "")).result;
    });
    const { snapshot } = await readPlanFile(recalculatedFile);
    const { gates, findings } = validatePlan(snapshot, { variant: storedVariant(snapshot.variantJson, file), today: parseIsoDate("2026-05-01") });
    expect(ready).toEqual(gates.map((g) => g.ready));
    expect(ready).toEqual([true, false, false]);
    expect(findings.filter((f) => f.rule === "phase-gate").map((f) => f.cell)).toEqual(["C9", "C10", "C11", "C12", "C13", "C14"]);
  });

  // LibreOffice's TODAY() is the real clock: a plan with go-live in 2020 is overdue, one in 2040 is not.
  test("LibreOffice paints invalid entries and overdue deadlines, and a clean plan stays unpainted", async () => {
    const clean = await generate("future.xlsx", "2040-03-01");
    const overdue = await generate("past.xlsx", "2020-03-01");
    const invalid = await generate("invalid.xlsx", "2040-03-01");
    await edit(invalid, (workbook) => {
      const prj = workbook.getWorksheet(PRJ) as ExcelJS.Worksheet;
      prj.getCell("H6").value = "igang";
      prj.getCell("H7").value = "Fuldført";
      prj.getCell("H8").value = "Ikke relevant";
    });
    const [cleanColours, overdueColours, invalidColours] = [await printedColours(clean, PRJ), await printedColours(overdue, PRJ), await printedColours(invalid, PRJ)];
    const pixels = (colours: Map<string, number>, colour: string) => colours.get(colour.toLowerCase()) ?? 0;
    expect([pixels(cleanColours, COLORS.invalidFill), pixels(cleanColours, COLORS.overdueFill)]).toEqual([0, 0]);
    expect(pixels(overdueColours, COLORS.overdueFill)).toBeGreaterThan(0);
    expect(pixels(invalidColours, COLORS.invalidFill)).toBeGreaterThan(0);
  });
});
