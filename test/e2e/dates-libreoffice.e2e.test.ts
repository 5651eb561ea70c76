/**
 * The workbook's date formulas, recalculated by a real spreadsheet engine, give exactly the dates
 * of the TypeScript schedule, for several go-live dates; and moving the GoLive cell moves them all.
 */
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { MODEL, parseVariant, resolveMunicipality } from "../../src/model";
import type { Variant } from "../../src/model/types";
import { parseIsoDate, toExcelSerial, toIsoDate } from "../../src/plan/dates";
import { phaseWindows, scheduleTasks } from "../../src/plan/schedule";
import { writePlanFile } from "../../src/cli/planFile";
import { recalculate } from "../support/libreoffice";
import { asIsoDate, readTaskRows, resultOf } from "../support/sheetRows";

const WORKDAY_VARIANT: Variant = parseVariant({
  workdaysOnly: true,
  tasks: {
    "PRJ-01": { start: { months: -9 }, deadline: { weeks: -30 } },
    "SIK-02": { deadline: { date: "2027-10-31" } },
    "GEV-02": { deadline: { days: -100 } },
  },
  localTasks: [{ id: "L-01", theme: "PRJ", title: "Lokal styregruppe", phase: "F1", deadline: { days: -200 } }],
});

const cases: { title: string; goLive: string; movedTo: string; variant?: Variant }[] = [
  { title: "an ordinary go-live", goLive: "2027-03-01", movedTo: "2027-06-15" },
  { title: "go-live at the end of a 31-day month", goLive: "2027-08-31", movedTo: "2027-10-31" },
  { title: "go-live on a leap day", goLive: "2028-02-29", movedTo: "2028-03-31" },
  { title: "deadlines kept to working days, with offsets and a local task", goLive: "2027-05-14", movedTo: "2027-12-24", variant: WORKDAY_VARIANT },
];

function expectedDates(goLive: string, variant: Variant | undefined): Map<string, { start: string; deadline: string }> {
  return new Map(scheduleTasks(parseIsoDate(goLive), variant).map((t) => [t.id, { start: toIsoDate(t.start), deadline: toIsoDate(t.deadline) }]));
}

async function actualDates(file: string): Promise<Map<string, { start?: string; deadline?: string }>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return new Map(readTaskRows(workbook).map((r) => [r.id, { start: asIsoDate(r.start), deadline: asIsoDate(r.deadline) }]));
}

describe("dates recalculated by LibreOffice equal the TypeScript schedule", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "implan-e2e-dates-"));

  test.each(cases)("$title: go-live $goLive, then moved to $movedTo", async ({ goLive, movedTo, variant }) => {
    const file = path.join(dir, `plan-${goLive}.xlsx`);
    await writePlanFile({ goLive: parseIsoDate(goLive), lang: "da", variant: variant ?? parseVariant({}), municipality: resolveMunicipality("Aarhus") }, file);

    const recalculated = await actualDates(recalculate(file));
    const expected = expectedDates(goLive, variant);
    expect(recalculated.size).toBe(expected.size);
    expect(Object.fromEntries(recalculated)).toEqual(Object.fromEntries(expected));

    // Move go-live in the file itself, as a user would type it, and let LibreOffice recompute.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const front = workbook.worksheets[0];
    front.getCell("B8").value = toExcelSerial(parseIsoDate(movedTo));
    const moved = path.join(dir, `moved-${goLive}.xlsx`);
    await workbook.xlsx.writeFile(moved);
    const afterMove = await actualDates(recalculate(moved));
    expect(Object.fromEntries(afterMove)).toEqual(Object.fromEntries(expectedDates(movedTo, variant)));
  });

  test("the phase windows on the front sheet follow the go-live cell", async () => {
    const file = path.join(dir, "windows.xlsx");
    const goLive = parseIsoDate("2027-08-31");
    await writePlanFile({ goLive, lang: "en", variant: parseVariant({}) }, file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(recalculate(file));
    const front = workbook.worksheets[0];
    const windows = phaseWindows(goLive).map((w) => [toIsoDate(w.start), toIsoDate(w.end)]);
    const shown = MODEL.phases.map((_, i) => [asIsoDate(resultOf(front.getCell(`B${13 + i}`))), asIsoDate(resultOf(front.getCell(`C${13 + i}`)))]);
    expect(shown).toEqual(windows);
    expect(windows[0][0]).toBe("2026-11-30");
    expect(windows[1][0]).toBe("2027-02-28");
  });
});
