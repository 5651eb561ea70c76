import { UTCDate } from "@date-fns/utc";

/**
 * Calendar dates in the plan layer are `Date` objects at UTC midnight, so no result depends on the
 * machine's time zone. This file holds the one check that every function applies to its inputs.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * True when `value` is a valid Date at exactly UTC midnight, i.e. a calendar date of this layer.
 *
 * @example
 * isCivilDate(new Date(Date.UTC(2027, 2, 1))) //=> true
 * isCivilDate(new Date(Date.UTC(2027, 2, 1, 12))) //=> false (noon)
 */
export function isCivilDate(value: unknown): value is Date {
  if (!(value instanceof Date)) return false;
  const time = value.getTime();
  return Number.isFinite(time) && time % DAY_MS === 0;
}

/**
 * A fresh UTCDate for a calendar date; throws a RangeError (a programming error, not a user error)
 * when `date` is invalid or not at UTC midnight, e.g. a local-midnight `new Date(2027, 2, 1)`.
 *
 * @example
 * asCivil(new Date(Date.UTC(2027, 2, 1))).getDate() //=> 1, in any time zone
 */
export function asCivil(date: Date, what = "date"): UTCDate {
  if (!isCivilDate(date)) throw new RangeError(`Expected the ${what} as a calendar date at UTC midnight, got ${describe(date)}`);
  return new UTCDate(date.getTime());
}

function describe(value: unknown): string {
  return value instanceof Date && Number.isFinite(value.getTime()) ? value.toISOString() : String(value);
}

/**
 * True when `year`-`month`-`day` (month 1–12) is a date on the calendar.
 *
 * @example
 * isCalendarDate(2028, 2, 29) //=> true
 * isCalendarDate(2027, 2, 29) //=> false
 */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  return build(year, month, day) !== undefined;
}

/**
 * The calendar date `year`-`month`-`day` (month 1–12) as a UTC-midnight Date. Throws a RangeError
 * for a date that does not exist, so a wrong date never rolls over silently into the next month.
 *
 * @example
 * civilDate(2027, 3, 1) //=> 2027-03-01T00:00:00.000Z
 * civilDate(2027, 2, 30) // throws RangeError
 */
export function civilDate(year: number, month: number, day: number): Date {
  const date = build(year, month, day);
  if (!date) throw new RangeError(`There is no calendar date ${year}-${month}-${day}`);
  return date;
}

function build(year: number, month: number, day: number): UTCDate | undefined {
  if (![year, month, day].every(Number.isSafeInteger)) return undefined;
  const date = new UTCDate(0);
  date.setUTCFullYear(year, month - 1, day);
  const exists =
    Number.isFinite(date.getTime()) &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day;
  return exists ? date : undefined;
}
