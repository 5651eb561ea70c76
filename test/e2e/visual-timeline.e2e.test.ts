/**
 * Tidslinje recalculated by LibreOffice: the week cells each bar colours (the cells for which one
 * of the grid's conditional-format rules is true) are exactly the weeks between the task's Start
 * and Deadline from the TypeScript schedule, in the colour of its status; before and after go-live
 * moves, and after a task table has been sorted.
 */
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { getISOWeek } from "date-fns";
import { UTCDate } from "@date-fns/utc";
import type ExcelJS from "exceljs";
import { MODEL, parseVariant } from "../../src/model";
import type { Variant } from "../../src/model/types";
import { fromExcelSerial, parseIsoDate, toExcelSerial, todayCivil } from "../../src/plan/dates";
import { phaseWindows, scheduleTasks } from "../../src/plan/schedule";
import { writePlanFile } from "../../src/cli/planFile";
import { columnLetter } from "../../src/workbook/address";
import { kpiCell } from "../../src/workbook/overviewLayout";
import { recalculate } from "../support/libreoffice";
import { fillStatuses, openWorkbook, reverseRows, taskTables } from "../visual/support/planTables";
import { planInput } from "../visual/support/plans";
import { isoFromToday, mondayOf, serialOf, valueOf } from "../visual/support/values";

// Jest applies only a top-level testTimeout; a LibreOffice run on a busy machine can take a while.
jest.setTimeout(180_000);

const TODAY = todayCivil();
const GO_LIVE = isoFromToday(TODAY, 120);
const MOVED = isoFromToday(TODAY, 181);
/** Days from today to the first Sunday at least ten days ahead. */
const TO_SUNDAY = 10 + ((7 - new UTCDate(TODAY.getTime()).getUTCDay() - 10 + 70) % 7);
/**
 * A fixed deadline, which does not move with go-live; a local task; and one that runs from a Sunday
 * to the Monday a week later, so its bar must cover three weeks: the edges of the week test.
 */
const VARIANT: Variant = parseVariant({
  tasks: { "SIK-02": { deadline: { date: isoFromToday(TODAY, 30) } } },
  localTasks: [
    { id: "L-01", theme: "ORG", title: "Lokal styregruppe", phase: "F2" },
    { id: "L-02", theme: "PRJ", title: "Kick-off", phase: "F2", start: { date: isoFromToday(TODAY, TO_SUNDAY) }, deadline: { date: isoFromToday(TODAY, TO_SUNDAY + 8) } },
  ],
});
/** The first grid cell and the colour codes the status words stand for. */
const GRID_TOP_LEFT = { column: 7, row: 7 };
const CODE_OF: Record<string, number> = { "Ikke startet": 1, "I gang": 2, Fuldført: 3, "Ikke relevant": 4 };
const OVERDUE = 5;
const PHASE = 6;

/** The grid's "cell = n" rules as the generated file has them: the code each rule colours. */
function barRules(ws: ExcelJS.Worksheet): { range: string; code: number }[] {
  const formattings = (ws as unknown as { conditionalFormattings: { ref: string; rules: { formulae?: string[] }[] }[] }).conditionalFormattings;
  const topLeft = `${columnLetter(GRID_TOP_LEFT.column)}${GRID_TOP_LEFT.row}`;
  return formattings.flatMap((f) =>
    f.rules.flatMap((rule) => {
      const match = new RegExp(`^${topLeft}=(\\d+)$`).exec(rule.formulae?.[0] ?? "");
      return match && f.ref.startsWith(`${topLeft}:`) ? [{ range: f.ref, code: Number(match[1]) }] : [];
    }),
  );
}

/** The codes of the rules that are true for a cell, given its recalculated value. */
function coloursOf(value: unknown, rules: { code: number }[]): number[] {
  return rules.filter((rule) => value === rule.code).map((rule) => rule.code);
}

async function checkTimeline(file: string, goLive: string, typed: Map<string, string | null>, rules: { range: string; code: number }[]): Promise<void> {
  const workbook = await openWorkbook(recalculate(file));
  const ws = workbook.getWorksheet("Tidslinje")!;
  const today = serialOf(valueOf(workbook.getWorksheet("Overblik")!.getCell(kpiCell("today"))))!;
  expect([toExcelSerial(TODAY), toExcelSerial(todayCivil())]).toContain(today);

  const windows = phaseWindows(parseIsoDate(goLive), VARIANT);
  const tasks = new Map(scheduleTasks(parseIsoDate(goLive), VARIANT).map((t) => [t.id, t]));
  const firstMonday = mondayOf(toExcelSerial(windows[0].start));
  const mondays: number[] = [];
  for (let column = GRID_TOP_LEFT.column; valueOf(ws.getCell(6, column)) !== null && valueOf(ws.getCell(6, column)) !== undefined; column++) {
    mondays.push(serialOf(valueOf(ws.getCell(6, column)))!);
  }
  expect(mondays).toEqual(mondays.map((_, i) => firstMonday + 7 * i));
  const weekNumbers = mondays.map((_, i) => valueOf(ws.getCell(5, GRID_TOP_LEFT.column + i)));
  expect(weekNumbers).toEqual(mondays.map((monday) => getISOWeek(new UTCDate(fromExcelSerial(monday).getTime()))));
  const lastRow = GRID_TOP_LEFT.row + MODEL.phases.length + tasks.size - 1;
  const grid = `${columnLetter(GRID_TOP_LEFT.column)}${GRID_TOP_LEFT.row}:${columnLetter(GRID_TOP_LEFT.column + mondays.length - 1)}${lastRow}`;
  for (const rule of rules) expect(rule.range).toBe(grid);

  let rowsSeen = 0;
  for (let row = GRID_TOP_LEFT.row; row <= lastRow; row++) {
    const label = String(valueOf(ws.getCell(row, 1)));
    const phase = MODEL.phases.findIndex((p) => p.label.da === label);
    const task = tasks.get(label);
    const [start, end, code] =
      phase >= 0
        ? [toExcelSerial(windows[phase].start), toExcelSerial(windows[phase].end), PHASE]
        : [toExcelSerial(task!.start), toExcelSerial(task!.deadline), statusCode(typed.get(label) ?? null, toExcelSerial(task!.deadline), today)];
    expect([label, serialOf(valueOf(ws.getCell(row, 3))), serialOf(valueOf(ws.getCell(row, 4)))]).toEqual([label, start, end]);
    const coloured = mondays.map((_, i) => coloursOf(valueOf(ws.getCell(row, GRID_TOP_LEFT.column + i)), rules));
    const expected = mondays.map((monday) => (monday <= end && monday + 6 >= start ? [code] : []));
    if (label === "L-02") expect(expected.filter((e) => e.length > 0)).toHaveLength(3);
    expect([label, coloured]).toEqual([label, expected]);
    rowsSeen++;
  }
  expect(rowsSeen).toBe(MODEL.phases.length + tasks.size);
}

/** The colour a status gets: overdue (deadline before today, not done, not applicable) wins. */
function statusCode(status: string | null, deadline: number, today: number): number {
  if (status === "Fuldført" || status === "Ikke relevant") return CODE_OF[status];
  if (deadline < today) return OVERDUE;
  return status === "I gang" ? CODE_OF[status] : CODE_OF["Ikke startet"];
}

describe("Tidslinje recalculated by LibreOffice", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "implan-e2e-timeline-"));

  test("colours exactly the weeks between each task's Start and Deadline, before and after go-live moves", async () => {
    const file = path.join(dir, "plan.xlsx");
    await writePlanFile(planInput(GO_LIVE, { variant: VARIANT }), file);
    const workbook = await openWorkbook(file);
    const rules = barRules(workbook.getWorksheet("Tidslinje")!);
    expect(rules.map((r) => r.code).sort()).toEqual([1, 2, 3, 4, 5, 6]);
    const typed = fillStatuses(workbook);
    // Sort a table, as users do: Tidslinje must still find each task by its ID.
    reverseRows(taskTables(workbook).find((b) => b.ws.name === "Ud- og indfasning")!);
    const filled = path.join(dir, "filled.xlsx");
    await workbook.xlsx.writeFile(filled);
    await checkTimeline(filled, GO_LIVE, typed, rules);

    // Move go-live as a user types it on Forside; the fixed deadline of SIK-02 stays.
    const moved = await openWorkbook(filled);
    moved.getWorksheet("Forside")!.getCell("B8").value = toExcelSerial(parseIsoDate(MOVED));
    const movedFile = path.join(dir, "moved.xlsx");
    await moved.xlsx.writeFile(movedFile);
    await checkTimeline(movedFile, MOVED, typed, rules);
  });
});
