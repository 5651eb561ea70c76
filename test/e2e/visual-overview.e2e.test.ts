/**
 * Overblik recalculated by LibreOffice: after a user has typed statuses (one left blank), moved a
 * task to another phase and sorted a task table, every figure on the sheet equals what this test
 * counts itself from the recalculated task tables, with the same today.
 */
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type ExcelJS from "exceljs";
import { MODEL } from "../../src/model";
import { parseIsoDate, toExcelSerial, todayCivil } from "../../src/plan/dates";
import { writePlanFile } from "../../src/cli/planFile";
import { cellAddress } from "../../src/workbook/address";
import { MATRIX_COLUMNS, OVERVIEW, PHASE_BLOCK, TOTAL_GROUP, kpiCell, matrixColumn } from "../../src/workbook/overviewLayout";
import { recalculate } from "../support/libreoffice";
import { cellOf, criteriaTables, fillStatuses, openWorkbook, readTasks, reverseRows, taskTables, type TaskValues } from "../visual/support/planTables";
import { VARIED, planInput } from "../visual/support/plans";
import { isoFromToday, serialOf, valueOf } from "../visual/support/values";

// Jest applies only a top-level testTimeout; a LibreOffice run on a busy machine can take a while.
jest.setTimeout(180_000);

const DONE = "Fuldført";
const NOT_RELEVANT = "Ikke relevant";
const OTHER_STATUSES = ["I gang", DONE, NOT_RELEVANT];

/** What the test expects in each Overblik cell, keyed by address. */
type Expected = Map<string, number | "">;

function expectedFigures(tasks: TaskValues[], today: number, goLive: number): Expected {
  const themeOf = (t: TaskValues) => MODEL.themes.find((theme) => theme.sheetName.da === t.sheet)!.id;
  const statusIs = (t: TaskValues, s: number) => {
    const label = MODEL.statuses[s].label.da;
    return label === "Ikke startet" ? !OTHER_STATUSES.includes(String(t.status ?? "")) : t.status === label;
  };
  const overdue = (t: TaskValues) => {
    const deadline = serialOf(t.deadline);
    return deadline !== undefined && deadline < today && t.status !== DONE && t.status !== NOT_RELEVANT;
  };
  const inPhase = (t: TaskValues, g: number) => t.phase === MODEL.phases[g].label.da;
  const percent = (done: number, all: number, notRelevant: number) => (all - notRelevant === 0 ? "" : done / (all - notRelevant));
  const doneIndex = MODEL.statuses.findIndex((s) => s.label.da === DONE);
  const notRelevantIndex = MODEL.statuses.findIndex((s) => s.label.da === NOT_RELEVANT);
  const expected: Expected = new Map();
  const put = (column: number, row: number, value: number | "") => expected.set(cellAddress(column, row), value);

  const matrixRow = (row: number, selected: TaskValues[], overdueCount: number) => {
    const count = (g: number, s: number) => selected.filter((t) => inPhase(t, g) && statusIs(t, s)).length;
    const placed = selected.filter((t) => MODEL.phases.some((_, g) => inPhase(t, g)));
    MODEL.statuses.forEach((_, s) => {
      MODEL.phases.forEach((_p, g) => put(matrixColumn(g, s), row, count(g, s)));
      put(matrixColumn(TOTAL_GROUP, s), row, placed.filter((t) => statusIs(t, s)).length);
    });
    const done = placed.filter((t) => statusIs(t, doneIndex)).length;
    const notRelevant = placed.filter((t) => statusIs(t, notRelevantIndex)).length;
    put(MATRIX_COLUMNS.tasks, row, placed.length);
    put(MATRIX_COLUMNS.percent, row, percent(done, placed.length, notRelevant));
    put(MATRIX_COLUMNS.overdue, row, overdueCount);
  };
  MODEL.themes.forEach((theme, i) => {
    const own = tasks.filter((t) => themeOf(t) === theme.id);
    matrixRow(OVERVIEW.matrixFirstRow + i, own, own.filter(overdue).length);
  });
  matrixRow(OVERVIEW.matrixTotalRow, tasks, tasks.filter(overdue).length);

  const phaseRow = (row: number, selected: TaskValues[]) => {
    const done = selected.filter((t) => t.status === DONE).length;
    const notRelevant = selected.filter((t) => t.status === NOT_RELEVANT).length;
    put(PHASE_BLOCK.tasks[0], row, selected.length);
    put(PHASE_BLOCK.done[0], row, done);
    put(PHASE_BLOCK.percent[0], row, percent(done, selected.length, notRelevant));
    put(PHASE_BLOCK.overdue[0], row, selected.filter(overdue).length);
  };
  MODEL.phases.forEach((_, g) => phaseRow(OVERVIEW.phaseFirstRow + g, tasks.filter((t) => inPhase(t, g))));
  phaseRow(OVERVIEW.phaseTotalRow, tasks.filter((t) => MODEL.phases.some((_, g) => inPhase(t, g))));


  const placed = tasks.filter((t) => MODEL.phases.some((_, g) => inPhase(t, g)));
  const done = placed.filter((t) => t.status === DONE).length;
  const notRelevant = placed.filter((t) => t.status === NOT_RELEVANT).length;
  expected.set(kpiCell("goLive"), goLive);
  expected.set(kpiCell("daysToGoLive"), goLive - today);
  expected.set(kpiCell("today"), today);
  expected.set(kpiCell("tasks"), placed.length);
  expected.set(kpiCell("done"), done);
  expected.set(kpiCell("percent"), percent(done, placed.length, notRelevant));
  expected.set(kpiCell("overdue"), tasks.filter(overdue).length);
  return expected;
}

/** A cell's recalculated value as a number (dates as serials), "" for a blank text result. */
function shown(cell: ExcelJS.Cell): unknown {
  const value = valueOf(cell);
  if (value === undefined || value === null || value === "") return "";
  return value instanceof Date ? serialOf(value) : value;
}

describe("Overblik recalculated by LibreOffice", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "implan-e2e-overview-"));
  const todayBefore = toExcelSerial(todayCivil());
  // Go-live four months ahead: Fase 1 has ended (its open tasks are overdue), Fase 2 is running.
  const goLiveIso = isoFromToday(todayCivil(), 120);
  let recalculated: ExcelJS.Workbook;

  beforeAll(async () => {
    const file = path.join(dir, "plan.xlsx");
    await writePlanFile(planInput(goLiveIso, { variant: VARIED }), file);
    const workbook = await openWorkbook(file);
    fillStatuses(workbook);
    const tables = taskTables(workbook);
    const taskCell = (id: string, header: string) => {
      const block = tables.find((b) => b.rows.some((r) => cellOf(b, r, "ID").value === id))!;
      return cellOf(block, block.rows.find((r) => cellOf(block, r, "ID").value === id)!, header);
    };
    taskCell("ORG-03", "Fase").value = "Fase 2 Forberedelse";
    // Fase 1 ended two months ago: a task of it still in progress is overdue.
    taskCell("GEV-01", "Status").value = "I gang";
    reverseRows(tables.find((b) => b.ws.name === "Projektstyring og -ledelse")!);
    for (const block of criteriaTables(workbook)) {
      block.rows.forEach((row, i) => (cellOf(block, row, "Vurdering").value = block.ws.name.startsWith("Fase 1") || i % 2 === 0 ? "Opfyldt" : "Delvist opfyldt"));
    }
    const filled = path.join(dir, "filled.xlsx");
    await workbook.xlsx.writeFile(filled);
    recalculated = await openWorkbook(recalculate(filled));
  });

  test("shows every figure as counted from the task tables, with the today LibreOffice used", () => {
    const overview = recalculated.getWorksheet("Overblik")!;
    const today = shown(overview.getCell(kpiCell("today"))) as number;
    expect([todayBefore, toExcelSerial(todayCivil())]).toContain(today);

    const tasks = readTasks(recalculated);
    expect(tasks).toHaveLength(34);
    expect(new Set(tasks.map((t) => t.status))).toEqual(new Set(["Fuldført", "I gang", "Ikke startet", "Ikke relevant", null]));
    expect(tasks.find((t) => t.id === "ORG-03")?.phase).toBe("Fase 2 Forberedelse");

    const expected = expectedFigures(tasks, today, toExcelSerial(parseIsoDate(goLiveIso)));
    const actual = new Map([...expected.keys()].map((address) => [address, shown(overview.getCell(address))]));
    for (const [address, value] of expected) {
      if (typeof value === "number" && !Number.isInteger(value)) expect([address, actual.get(address)]).toEqual([address, expect.closeTo(value, 10)]);
      else expect([address, actual.get(address)]).toEqual([address, value]);
    }
    // The test made its point only if the plan has overdue, done and not applicable tasks.
    expect(expected.get(kpiCell("overdue"))).toBeGreaterThan(0);
    expect(expected.get(kpiCell("done"))).toBeGreaterThan(0);

    // Every number on the sheet was checked above.
    const numbers: string[] = [];
    overview.eachRow((row) =>
      row.eachCell((cell) => {
        // A merged range shows its first cell's value; ExcelJS repeats it in the others.
        if (cell.master.address === cell.address && typeof shown(cell) === "number") numbers.push(cell.address);
      }),
    );
    expect(numbers.filter((address) => !expected.has(address))).toEqual([]);
  });

  test("shows each phase transition's gate as the phase sheets compute it", () => {
    const overview = recalculated.getWorksheet("Overblik")!;
    MODEL.transitions.forEach((transition, i) => {
      const name = `Faseovergang${transition.from.slice(1)}${transition.to.slice(1)}Klar`;
      const ranges = recalculated.definedNames.getRanges(name).ranges;
      if (ranges.length !== 1) throw new Error(`The workbook has no name ${name}: the phase sheets must define it (issue [validate])`);
      const [sheet, address] = ranges[0].split("!");
      const ready = valueOf(recalculated.getWorksheet(sheet.replace(/^'|'$/g, "").replace(/''/g, "'"))!.getCell(address.replace(/\$/g, "")));
      expect(typeof ready).toBe("boolean");
      expect(valueOf(overview.getCell(cellAddress(PHASE_BLOCK.gateState[0], OVERVIEW.phaseFirstRow + i)))).toBe(ready ? "Klar" : "Ikke klar");
    });
  });
});
