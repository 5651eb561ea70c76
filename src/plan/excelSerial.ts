import { UTCDate } from "@date-fns/utc";
import { asCivil, isCivilDate } from "./civil";

/**
 * Excel's 1900 date system: a date cell holds the number of days since 1899-12-30. Excel also
 * counts the non-existent 1900-02-29 (serial 60, a bug kept from Lotus 1-2-3), so serials 1–59
 * (1900-01-01 … 1900-02-28) are one less than that count. We follow Excel exactly and refuse 60.
 */

const EPOCH_TIME = Date.UTC(1899, 11, 30);
const DAY_MS = 24 * 60 * 60 * 1000;
/** The first serial that the simple count gets right: 1900-03-01. */
const FIRST_EXACT = 61;
/** The fake 1900-02-29. */
const LOTUS_LEAP_DAY = 60;
/** 9999-12-31, the last date Excel shows. */
export const MAX_EXCEL_SERIAL = 2958465;

/**
 * The Excel serial number (1900 date system) of a calendar date.
 *
 * @example
 * toExcelSerial(civilDate(2027, 3, 1)) //=> 46447
 * toExcelSerial(civilDate(1900, 1, 1)) //=> 1
 */
export function toExcelSerial(date: Date): number {
  if (!isCivilDate(date)) asCivil(date); // throws its RangeError
  // A calendar date is a whole number of UTC days from the epoch, so plain arithmetic counts them as
  // date-fns' differenceInCalendarDays does, without the Dates it builds: a plan converts thousands.
  const days = (date.getTime() - EPOCH_TIME) / DAY_MS;
  const serial = days >= FIRST_EXACT ? days : days - 1;
  if (serial < 1 || serial > MAX_EXCEL_SERIAL) {
    throw new RangeError(`Excel cannot show ${date.toISOString().slice(0, 10)}: it only has 1900-01-01 to 9999-12-31`);
  }
  return serial;
}

/** True for a value fromExcelSerial accepts: check a cell's number with this before converting it. */
export function isExcelDateSerial(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= MAX_EXCEL_SERIAL && value !== LOTUS_LEAP_DAY;
}

/**
 * The calendar date of an Excel serial number (1900 date system). Throws a RangeError unless
 * `serial` is a whole number from 1 (1900-01-01) to 2958465 (9999-12-31), or is 60 (Excel's
 * non-existent 1900-02-29). A serial with a time of day (a fraction) is refused, not rounded.
 *
 * @example
 * fromExcelSerial(46447) //=> 2027-03-01T00:00:00.000Z
 */
export function fromExcelSerial(serial: number): Date {
  if (!isExcelDateSerial(serial)) {
    throw new RangeError(`${serial} is not an Excel date serial (a whole number from 1 to ${MAX_EXCEL_SERIAL}, not 60)`);
  }
  return new UTCDate(EPOCH_TIME + (serial >= FIRST_EXACT ? serial : serial + 1) * DAY_MS);
}
