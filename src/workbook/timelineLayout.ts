/**
 * Where things are on the Tidslinje sheet, the codes its bar cells hold, and the week arithmetic
 * (on Excel serials, so it is the same in every time zone) that gives cached values and the number
 * of week columns.
 */
import type { PhaseWindow } from "../plan/schedule";
import { addOffset, fromExcelSerial, toExcelSerial } from "../plan/dates";
import { columnLetter } from "./address";

export const TIMELINE = {
  titleRow: 1,
  legendRow: 2,
  /** "Første uge starter" and the TidslinjeStart cell; the years above the week columns. */
  startRow: 3,
  monthRow: 4,
  /** Week numbers over the grid; the task columns' headers. */
  weekRow: 5,
  /** The Monday of each week column, as a hidden serial the bars are computed from. */
  mondayRow: 6,
  firstRow: 7,
  idColumn: 1,
  titleColumn: 2,
  startColumn: 3,
  deadlineColumn: 4,
  statusColumn: 5,
  /** The row's bar code (hidden); the narrow column also parts the task columns from the weeks. */
  codeColumn: 6,
  firstWeekColumn: 7,
  /** The cell named TidslinjeStart. */
  startCell: "C3",
} as const;

export const TIMELINE_START_NAME = "TidslinjeStart";

/** The timeline runs from the week Fase 1 starts to this many months after Fase 4 starts. */
export const MONTHS_AFTER_PHASE4_START = 3;

export const WEEK_COLUMN_WIDTH = 2.2;
export const TIMELINE_WIDTHS = [8, 30, 9.5, 9.5, 12, 1.5] as const;

/** What a bar cell holds; conditional formats turn each code into a colour, 0 is no bar. */
export const BAR_CODES = {
  none: 0,
  notStarted: 1,
  inProgress: 2,
  done: 3,
  notRelevant: 4,
  overdue: 5,
  phase: 6,
} as const;

/** Monday on or before a serial; Excel's WEEKDAY(serial,3) is (serial − 2) mod 7 for 1900-03-01 on. */
export function mondayOnOrBefore(serial: number): number {
  return serial - ((((serial - 2) % 7) + 7) % 7);
}

/** ISO 8601 week number of a serial, as Excel's WEEKNUM(serial,21). */
export function isoWeek(serial: number): number {
  const thursday = serial - ((((serial - 2) % 7) + 7) % 7) + 3;
  const year = fromExcelSerial(thursday).getUTCFullYear();
  const januaryFirst = toExcelSerial(new Date(Date.UTC(year, 0, 1)));
  return Math.floor((thursday - januaryFirst) / 7) + 1;
}

/** The first Monday and the number of week columns for a plan's phase windows. */
export function timelineWeeks(windows: PhaseWindow[]): { firstMonday: number; weeks: number } {
  const firstMonday = mondayOnOrBefore(toExcelSerial(windows[0].start));
  const last = toExcelSerial(addOffset(windows[windows.length - 1].start, { amount: MONTHS_AFTER_PHASE4_START, unit: "months" }));
  return { firstMonday, weeks: Math.floor((last - firstMonday) / 7) + 1 };
}

export function weekColumnLetter(week: number): string {
  return columnLetter(TIMELINE.firstWeekColumn + week);
}
