import fc from "fast-check";
import type { Offset, Variant } from "../../src/model/types";
import { isUserError } from "../../src/model/errors";
import { DEFAULT_VARIANT } from "../../src/model/variant";
import {
  addOffset,
  formatDanishDate,
  fromExcelSerial,
  isCivilDate,
  parseDateInput,
  toExcelSerial,
  toIsoDate,
} from "../../src/plan/dates";
import { isWorkingDay } from "../../src/plan/holidays";
import { phaseWindows, resolveDateRule, scheduleTasks, type DateRule, type ScheduledTask } from "../../src/plan/schedule";
import { day } from "./helpers";

const DAY_MS = 24 * 60 * 60 * 1000;

/** A calendar date between two ISO dates, both included. */
const dateBetween = (from: string, to: string) =>
  fc.integer({ min: toExcelSerial(day(from)), max: toExcelSerial(day(to)) }).map(fromExcelSerial);

const goLives = dateBetween("1995-01-01", "2095-12-31");
const offsetIn = (unit: Offset["unit"], min: number, max: number) =>
  fc.integer({ min, max }).map((amount): Offset => ({ amount, unit }));
const dayOrWeekOffset = (minDays: number, maxDays: number) =>
  fc.oneof(offsetIn("days", minDays, maxDays), offsetIn("weeks", Math.ceil(minDays / 7), Math.floor(maxDays / 7)));

/** Variants inside the model's ranges: F1 9–6 months before, F2 6–3 months before, F4 1–2 weeks after. */
const modelRangeVariants = fc
  .record({
    f1: fc.integer({ min: -9, max: -6 }),
    f2: fc.integer({ min: -6, max: -3 }),
    f4: fc.integer({ min: 1, max: 2 }),
    length: fc.integer({ min: 1, max: 24 }),
    workdaysOnly: fc.boolean(),
  })
  .filter(({ f1, f2 }) => f1 < f2)
  .map(
    ({ f1, f2, f4, length, workdaysOnly }): Variant => ({
      ...DEFAULT_VARIANT,
      phaseStarts: { F1: { amount: f1, unit: "months" }, F2: { amount: f2, unit: "months" }, F4: { amount: f4, unit: "weeks" } },
      phase4Length: { amount: length, unit: "months" },
      workdaysOnly,
    }),
  );

/** Variants where every date is go-live plus days or weeks, so a shifted go-live shifts them all. */
const dayAndWeekVariants = fc
  .record({
    f1: dayOrWeekOffset(-300, -200),
    f2: dayOrWeekOffset(-180, -100),
    f4: dayOrWeekOffset(7, 14),
    length: dayOrWeekOffset(30, 400),
    start: dayOrWeekOffset(-190, -180),
    deadline: dayOrWeekOffset(-98, -1),
    fixed: dateBetween("2000-01-01", "2000-12-31"),
  })
  .map(
    ({ f1, f2, f4, length, start, deadline, fixed }): Variant => ({
      ...DEFAULT_VARIANT,
      phaseStarts: { F1: f1, F2: f2, F4: f4 },
      phase4Length: length,
      tasks: {
        "PRJ-03": { start: { kind: "offset", offset: start }, deadline: { kind: "offset", offset: deadline } },
        "VID-01": { deadline: { kind: "offset", offset: deadline } },
        "ORG-03": { phase: "F4" },
        "GEV-01": { start: { kind: "fixed", date: "1990-01-01" }, deadline: { kind: "fixed", date: toIsoDate(fixed) } },
      },
      localTasks: [{ id: "L-01", theme: "ORG", title: "Lokal", phase: "F3", deadline: { kind: "offset", offset: { amount: 3, unit: "days" } } }],
    }),
  );

const windowOf = (goLive: Date, variant: Variant, task: ScheduledTask) => {
  const window = phaseWindows(goLive, variant).find((w) => w.phase === task.phase);
  if (!window) throw new Error(`no window for ${task.phase}`);
  return window;
};

describe("phase windows (properties)", () => {
  it("are contiguous, ordered and at least a day long for every go-live from 1995 to 2095", () => {
    fc.assert(
      fc.property(goLives, fc.oneof(fc.constant(DEFAULT_VARIANT), modelRangeVariants), (goLive, variant) => {
        const windows = phaseWindows(goLive, variant);
        expect(windows.map((w) => w.phase)).toEqual(["F1", "F2", "F3", "F4"]);
        for (const [i, window] of windows.entries()) {
          expect(isCivilDate(window.start) && isCivilDate(window.end)).toBe(true);
          expect(window.end.getTime()).toBeGreaterThanOrEqual(window.start.getTime());
          const next = windows[i + 1];
          if (next) expect(next.start.getTime() - window.end.getTime()).toBe(DAY_MS);
        }
        expect(windows[2].start.getTime()).toBe(goLive.getTime());
      }),
      { numRuns: 500 },
    );
  });
});

describe("task dates (properties)", () => {
  it("put every default task's dates inside its phase window, with or without workdaysOnly", () => {
    fc.assert(
      fc.property(goLives, fc.boolean(), (goLive, workdaysOnly) => {
        const variant = { ...DEFAULT_VARIANT, workdaysOnly };
        for (const task of scheduleTasks(goLive, variant)) {
          const window = windowOf(goLive, variant, task);
          expect(task.start.getTime()).toBe(window.start.getTime());
          expect(task.deadline.getTime()).toBeLessThanOrEqual(window.end.getTime());
          expect(task.deadline.getTime()).toBeGreaterThanOrEqual(task.start.getTime());
          if (!workdaysOnly) expect(task.deadline.getTime()).toBe(window.end.getTime());
        }
      }),
      { numRuns: 300 },
    );
  });

  it("move by exactly N days when go-live moves N days and every offset is in days or weeks", () => {
    fc.assert(
      fc.property(goLives, fc.integer({ min: -400, max: 400 }), dayAndWeekVariants, (goLive, shift, variant) => {
        const moved = new Date(goLive.getTime() + shift * DAY_MS);
        const before = phaseWindows(goLive, variant);
        const after = phaseWindows(moved, variant);
        for (const [i, window] of before.entries()) {
          expect(after[i].start.getTime() - window.start.getTime()).toBe(shift * DAY_MS);
          expect(after[i].end.getTime() - window.end.getTime()).toBe(shift * DAY_MS);
        }
        const tasksAfter = scheduleTasks(moved, variant);
        for (const [i, task] of scheduleTasks(goLive, variant).entries()) {
          const other = tasksAfter[i];
          const expectedShift = (rule: DateRule) => (rule.kind === "fixed" ? 0 : shift * DAY_MS);
          expect(other.start.getTime() - task.start.getTime()).toBe(expectedShift(task.startRule));
          expect(other.deadline.getTime() - task.deadline.getTime()).toBe(expectedShift(task.deadlineRule));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("equal the date their rule gives, so a formula built from the rule shows the same date", () => {
    fc.assert(
      fc.property(goLives, dayAndWeekVariants, (goLive, variant) => {
        for (const task of scheduleTasks(goLive, variant)) {
          const window = windowOf(goLive, variant, task);
          expect(resolveDateRule(goLive, window, task.startRule).getTime()).toBe(task.start.getTime());
          expect(resolveDateRule(goLive, window, task.deadlineRule).getTime()).toBe(task.deadline.getTime());
        }
      }),
      { numRuns: 200 },
    );
  });

  it("with workdaysOnly put every deadline on a working day at most five days before the unadjusted one", () => {
    fc.assert(
      fc.property(goLives, (goLive) => {
        const plain = scheduleTasks(goLive);
        for (const [i, task] of scheduleTasks(goLive, { ...DEFAULT_VARIANT, workdaysOnly: true }).entries()) {
          const moved = plain[i].deadline.getTime() - task.deadline.getTime();
          expect(isWorkingDay(task.deadline)).toBe(true);
          expect(moved).toBeGreaterThanOrEqual(0);
          expect(moved).toBeLessThanOrEqual(5 * DAY_MS);
          expect(task.workdayAdjusted).toBe(moved > 0);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe("dates (properties)", () => {
  const plausible = dateBetween("1990-01-01", "2100-12-31");

  it("read back what toIsoDate and formatDanishDate write", () => {
    fc.assert(
      fc.property(plausible, (date) => {
        expect(parseDateInput(toIsoDate(date)).getTime()).toBe(date.getTime());
        expect(parseDateInput(formatDanishDate(date)).getTime()).toBe(date.getTime());
        expect(parseDateInput(formatDanishDate(date).replace(/-/g, ".")).getTime()).toBe(date.getTime());
      }),
    );
  });

  it("survive a round trip through Excel serials", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        expect(toExcelSerial(fromExcelSerial(serial))).toBe(serial);
      }),
    );
  });

  it("parseDateInput either returns a calendar date or throws UserError, for any text", () => {
    const texts = fc.oneof(
      fc.string(),
      fc.stringMatching(/^\d{1,4}[-./]\d{1,2}[-./]\d{1,4}$/),
      fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1980, max: 2110 })).map(
        ([d, m, y]) => `${d}-${m}-${y}`,
      ),
    );
    fc.assert(
      fc.property(texts, (text) => {
        try {
          expect(isCivilDate(parseDateInput(text))).toBe(true);
        } catch (error) {
          expect(isUserError(error)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("addOffset in months keeps the day of month or clamps it to the month's last day", () => {
    fc.assert(
      fc.property(plausible, fc.integer({ min: -24, max: 24 }), (date, months) => {
        const result = addOffset(date, { amount: months, unit: "months" });
        const monthIndex = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
        expect(result.getUTCFullYear() * 12 + result.getUTCMonth()).toBe(monthIndex);
        const lastDay = new Date(Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0)).getUTCDate();
        expect(result.getUTCDate()).toBe(Math.min(date.getUTCDate(), lastDay));
      }),
    );
  });
});
