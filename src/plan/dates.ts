import { addDays, addMonths, addWeeks, format } from "date-fns";
import type { DateSpec, Offset } from "../model/types";
import { asCivil, civilDate } from "./civil";
import { parseIsoDate } from "./parseDate";

/**
 * Calendar dates for the plan: UTC-midnight Dates, built, read, written and moved by an offset.
 * Parsing lives in parseDate.ts and Excel serials in excelSerial.ts; both are re-exported here.
 */

export { civilDate, isCalendarDate, isCivilDate } from "./civil";
export { parseDateInput, parseIsoDate, PLAUSIBLE_YEARS } from "./parseDate";
export { fromExcelSerial, isExcelDateSerial, toExcelSerial, MAX_EXCEL_SERIAL } from "./excelSerial";

/**
 * The date as `yyyy-mm-dd`.
 *
 * @example
 * toIsoDate(civilDate(2027, 3, 1)) //=> "2027-03-01"
 */
export function toIsoDate(date: Date): string {
  return format(asCivil(date), "yyyy-MM-dd");
}

/**
 * The date as Danes write it, `dd-mm-yyyy`.
 *
 * @example
 * formatDanishDate(civilDate(2027, 3, 1)) //=> "01-03-2027"
 */
export function formatDanishDate(date: Date): string {
  return format(asCivil(date), "dd-MM-yyyy");
}

/**
 * The date moved by a signed offset. Months clamp to the end of the month like Excel's EDATE, so
 * the workbook formula and this function agree; weeks are 7 days. Throws a RangeError for an
 * amount that is not a whole number or an unknown unit.
 *
 * @example
 * addOffset(civilDate(2027, 8, 31), { amount: -6, unit: "months" }) //=> 2027-02-28
 * addOffset(civilDate(2027, 3, 1), { amount: 2, unit: "weeks" }) //=> 2027-03-15
 */
export function addOffset(date: Date, offset: Offset): Date {
  const start = asCivil(date);
  const { amount, unit } = offset;
  if (!Number.isSafeInteger(amount)) throw new RangeError(`An offset needs a whole number, got ${amount}`);
  switch (unit) {
    case "days":
      return addDays(start, amount);
    case "weeks":
      return addWeeks(start, amount);
    case "months":
      return addMonths(start, amount);
    default:
      throw new RangeError(`Unknown offset unit ${String(unit)}`);
  }
}

/**
 * The date a variant's DateSpec stands for: go-live plus an offset, or a fixed `yyyy-mm-dd` date
 * (throws UserError when that text is not a real date).
 *
 * @example
 * resolveDateSpec(civilDate(2027, 3, 1), { kind: "offset", offset: { amount: -3, unit: "months" } }) //=> 2026-12-01
 * resolveDateSpec(civilDate(2027, 3, 1), { kind: "fixed", date: "2026-10-15" }) //=> 2026-10-15
 */
export function resolveDateSpec(goLive: Date, spec: DateSpec): Date {
  switch (spec.kind) {
    case "offset":
      return addOffset(goLive, spec.offset);
    case "fixed":
      asCivil(goLive, "go-live date");
      return parseIsoDate(spec.date);
    default:
      throw new RangeError(`Unknown date spec ${JSON.stringify(spec)}`);
  }
}

/**
 * Today's calendar date where the program runs (its local time zone), as a UTC-midnight Date.
 *
 * @example
 * // at 23:30 on 1 March 2027 in Copenhagen (22:30 UTC):
 * todayCivil() //=> 2027-03-01T00:00:00.000Z
 */
export function todayCivil(now: Date = new Date()): Date {
  if (!Number.isFinite(now.getTime())) throw new RangeError("todayCivil needs a valid Date");
  return civilDate(now.getFullYear(), now.getMonth() + 1, now.getDate());
}
