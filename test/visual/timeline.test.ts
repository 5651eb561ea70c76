/** Tidslinje: its weeks, its rows and the rules that draw its bars. */
import { UTCDate } from "@date-fns/utc";
import { addMonths, getISOWeek, startOfISOWeek } from "date-fns";
import { MODEL, parseVariant } from "../../src/model";
import { fromExcelSerial, parseIsoDate, toExcelSerial } from "../../src/plan/dates";
import { phaseWindows, scheduleTasks } from "../../src/plan/schedule";
import { buildPlanWorkbook } from "../../src/workbook/build";
import { BAR_CODES, TIMELINE, isoWeek, mondayOnOrBefore, timelineWeeks, weekColumnLetter } from "../../src/workbook/timelineLayout";
import type { SheetDescription } from "../../src/workbook/types";
import { VARIED, planInput } from "./support/plans";

const serialOf = (iso: string) => toExcelSerial(parseIsoDate(iso));
const utc = (serial: number) => new UTCDate(fromExcelSerial(serial).getTime());

function timeline(goLive: string, variant = VARIED, lang: "da" | "en" = "da"): SheetDescription {
  return buildPlanWorkbook(planInput(goLive, { variant, lang })).sheets.find((s) => s.kind === "timeline")!;
}

describe("week arithmetic on Excel serials", () => {
  // Every day of 2024–2028: leap years, years of 52 and 53 ISO weeks, year ends on every weekday.
  const days = Array.from({ length: 5 * 366 }, (_, i) => serialOf("2024-01-01") + i);

  test("finds the Monday on or before each day as date-fns does", () => {
    for (const serial of days) expect(mondayOnOrBefore(serial)).toBe(toExcelSerial(startOfISOWeek(utc(serial))));
  });

  test("gives each day the ISO week number date-fns gives it", () => {
    for (const serial of days) expect(isoWeek(serial)).toBe(getISOWeek(utc(serial)));
  });

  test.each(["2027-03-01", "2027-08-31", "2028-02-29"])("covers from the week Fase 1 starts to three months into Fase 4 for go-live %s", (goLive) => {
    const windows = phaseWindows(parseIsoDate(goLive));
    const { firstMonday, weeks } = timelineWeeks(windows);
    expect(firstMonday).toBe(toExcelSerial(startOfISOWeek(utc(toExcelSerial(windows[0].start)))));
    const end = toExcelSerial(addMonths(utc(toExcelSerial(windows[3].start)), 3));
    expect(firstMonday + 7 * (weeks - 1)).toBeLessThanOrEqual(end);
    expect(firstMonday + 7 * weeks).toBeGreaterThan(end);
  });
});

describe("the Tidslinje sheet", () => {
  const goLive = "2027-03-01";
  const sheet = timeline(goLive);
  const tasks = scheduleTasks(parseIsoDate(goLive), VARIED);
  const value = (address: string) => sheet.cells.find((c) => c.address === address)?.value;
  const columnA = sheet.cells.filter((c) => c.address.match(/^A\d+$/) && Number(c.address.slice(1)) >= TIMELINE.firstRow);

  test("has one row per task of the plan, local tasks included and removed tasks left out, under a row per phase", () => {
    const expected = MODEL.phases.flatMap((phase) => [phase.label.da, ...tasks.filter((t) => t.phase === phase.id).map((t) => t.id)]);
    expect(columnA.map((c) => (c.value.kind === "text" ? c.value.text : ""))).toEqual(expected);
    expect(expected).toContain("L-01");
    expect(expected).not.toContain("PRJ-02");
  });

  test("looks each task up by ID in its theme's table", () => {
    for (const task of tasks) {
      const row = columnA.find((c) => c.value.kind === "text" && c.value.text === task.id)!.address.slice(1);
      const start = value(`C${row}`);
      expect(start).toMatchObject({ kind: "formula", result: toExcelSerial(task.start) });
      expect(start?.kind === "formula" && start.formula).toBe(`IFERROR(INDEX(Opgaver_${task.theme}[Start],MATCH($A${row},Opgaver_${task.theme}[ID],0)),"")`);
    }
  });

  test("computes each week's Monday from TidslinjeStart, which is the Monday of Fase 1's first week", () => {
    const { firstMonday, weeks } = timelineWeeks(phaseWindows(parseIsoDate(goLive), VARIED));
    expect(value(TIMELINE.startCell)).toEqual({ kind: "formula", formula: "Fase1Start-WEEKDAY(Fase1Start,3)", result: firstMonday });
    for (let week = 0; week < weeks; week++) {
      expect(value(`${weekColumnLetter(week)}${TIMELINE.mondayRow}`)).toEqual({ kind: "formula", formula: `TidslinjeStart+${7 * week}`, result: firstMonday + 7 * week });
    }
    expect(value(`${weekColumnLetter(weeks)}${TIMELINE.mondayRow}`)).toBeUndefined();
  });

  test("gives every week cell the row's code when the week overlaps Start…Deadline", () => {
    expect(value(`${weekColumnLetter(3)}${TIMELINE.firstRow + 1}`)).toEqual({ kind: "formula", formula: "IF(AND($C8<=J$6+6,$D8>=J$6),$F8,0)" });
  });

  test("has one colour rule per bar code over the whole grid, overdue first", () => {
    const grid = sheet.conditionalFormats.filter((f) => f.range.startsWith(`${weekColumnLetter(0)}${TIMELINE.firstRow}:`));
    const codes = grid.map((f) => /^G7=(\d)$/.exec(f.formula)?.[1]).filter(Boolean).map(Number);
    expect(codes[0]).toBe(BAR_CODES.overdue);
    expect(codes.sort()).toEqual(Object.values(BAR_CODES).filter((c) => c !== BAR_CODES.none).sort());
    expect(new Set(grid.map((f) => f.range)).size).toBe(1);
  });

  test("writes its status words in the workbook's language", () => {
    const english = timeline(goLive, parseVariant({}), "en");
    const code = english.cells.find((c) => c.address === `F${TIMELINE.firstRow + 1}`)?.value;
    expect(code?.kind === "formula" && code.formula).toContain('"Completed"');
    expect(code?.kind === "formula" && code.formula).not.toContain("Fuldført");
  });

  test("keeps the serial arithmetic consistent with the week header it caches", () => {
    const monday = serialOf("2026-12-28");
    expect([isoWeek(monday), isoWeek(monday + 7)]).toEqual([53, 1]);
  });
});
