/**
 * A plan filled in the way people do it: typed, pasted past the drop-downs, filled down, sorted,
 * a row deleted, a sheet renamed, a task typed under a table. Validation reads it back from the
 * file and finds exactly what is wrong, at the cells where it is; an untouched plan gives nothing.
 */
import path from "node:path";
import ExcelJS from "exceljs";
import { parseVariant } from "../../src/model";
import { parseIsoDate, toExcelSerial } from "../../src/plan/dates";
import { storedVariant } from "../../src/plan/storedVariant";
import { validatePlan } from "../../src/plan/validation";
import { buildPlanWorkbook } from "../../src/workbook/build";
import { readPlanFile } from "../../src/xlsx/read";
import { renderXlsx } from "../../src/xlsx/render";
import { tempDir } from "../support/cli";
import { deleteTableRow, renameSheet, sortTable } from "../support/excelEdits";

const serial = (iso: string) => toExcelSerial(parseIsoDate(iso));

async function generated(): Promise<ExcelJS.Workbook> {
  const bytes = await renderXlsx(buildPlanWorkbook({ goLive: parseIsoDate("2027-03-01"), lang: "da", variant: parseVariant({}) }));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

async function validateSaved(workbook: ExcelJS.Workbook, today: string) {
  const file = path.join(tempDir(), "plan.xlsx");
  await workbook.xlsx.writeFile(file);
  const { snapshot } = await readPlanFile(file);
  return validatePlan(snapshot, { variant: storedVariant(snapshot.variantJson, file), today: parseIsoDate(today) });
}

function fillLikeAUser(workbook: ExcelJS.Workbook): void {
  const sheet = (name: string) => workbook.getWorksheet(name) as ExcelJS.Worksheet;
  const prj = sheet("Projektstyring og -ledelse");
  // Typed: PRJ-01 done on a real date; PRJ-02 set to Fuldført but the date forgotten.
  prj.getCell("D5").value = "Anne Jensen";
  prj.getCell("H5").value = "Fuldført";
  prj.getCell("I5").value = serial("2026-07-15");
  prj.getCell("H6").value = "Fuldført";
  // Pasted past the drop-down list.
  prj.getCell("H7").value = "igang";
  const gev = sheet("Gevinster og værdier");
  gev.getCell("H5").value = "Fuldført";
  gev.getCell("I5").value = "15.08.2026";
  // Filled down: three training tasks started.
  const vid = sheet("Viden og færdigheder");
  for (const row of [5, 6, 7]) vid.getCell(`H${row}`).value = "I gang";
  vid.getCell("H8").value = "startet";
  // Ikke relevant without a reason; a task typed under the table (LibreOffice does not grow tables).
  const org = sheet("Organisering og arbejdsgange");
  org.getCell("H7").value = "Ikke relevant";
  org.getCell("A8").value = "L-01";
  org.getCell("B8").value = "Lokal styregruppe";
  org.getCell("C8").value = "Fase 2 Forberedelse";
  org.getCell("H8").value = "I gang";
  // A documented change of a task's text gives no finding.
  const udi = sheet("Ud- og indfasning");
  udi.getCell("B8").value = "Opsæt systemet lokalt i to forvaltninger";
  udi.getCell("J8").value = "Afvigelse aftalt med KOMBIT";
  // The self-check at transition 1→2: one criterion only partly met, with no justification.
  const f1 = sheet("Fase 1 Opstart");
  for (const [cell, value] of [["C9", "Opfyldt"], ["C10", "Opfyldt"], ["C11", "Delvist opfyldt"], ["C12", "Opfyldt"]]) f1.getCell(cell).value = value;
  // Sorted by ID Z→A, a row deleted, a sheet renamed.
  sortTable(prj, "Opgaver_PRJ", "ID", true);
  deleteTableRow(sheet("It-sikkerhed og -aftaler"), "Opgaver_SIK", 7);
  renameSheet(workbook, "Viden og færdigheder", "Uddannelse");
}

describe("validating a plan filled in by people", () => {
  test("an untouched plan gives zero findings", async () => {
    const result = await validateSaved(await generated(), "2026-05-01");
    expect(result.findings).toEqual([]);
  });

  test("finds exactly what is wrong, at the cells where it is", async () => {
    const workbook = await generated();
    fillLikeAUser(workbook);
    const result = await validateSaved(workbook, "2026-10-01");
    const PRJ = "Projektstyring og -ledelse";
    expect(result.findings.map(({ rule, severity, sheet, cell, task }) => ({ rule, severity, sheet, cell, task }))).toEqual([
      { rule: "phase-gate", severity: "error", sheet: "Fase 1 Opstart", cell: "D11", task: "F1-K3" },
      { rule: "status-value", severity: "error", sheet: PRJ, cell: "H6", task: "PRJ-03" },
      { rule: "completed-without-date", severity: "error", sheet: PRJ, cell: "I7", task: "PRJ-02" },
      { rule: "completed-date-not-date", severity: "error", sheet: "Gevinster og værdier", cell: "I5", task: "GEV-01" },
      { rule: "overdue", severity: "warning", sheet: "Gevinster og værdier", cell: "G6", task: "GEV-02" },
      { rule: "status-value", severity: "error", sheet: "Uddannelse", cell: "H8", task: "VID-04" },
      { rule: "not-relevant-without-reason", severity: "error", sheet: "Organisering og arbejdsgange", cell: "J7", task: "ORG-03" },
      { rule: "row-outside-table", severity: "warning", sheet: "Organisering og arbejdsgange", cell: "A8", task: "L-01" },
      { rule: "task-missing", severity: "error", sheet: "It-sikkerhed og -aftaler", cell: "A4", task: "SIK-03" },
      { rule: "overdue", severity: "warning", sheet: "It-sikkerhed og -aftaler", cell: "G6", task: "SIK-02" },
    ]);
    expect(result.gates.map((g) => g.ready)).toEqual([false, false, false]);
    expect(result.gates[0].startedInNextPhase).toEqual(["VID-01", "VID-02", "VID-03", "L-01"]);
  });
});
