import { UTCDate } from "@date-fns/utc";
import { addDays, isWeekend, subDays } from "date-fns";
import type { Text } from "../model/types";
import { asCivil, civilDate } from "./civil";

/**
 * Danish public holidays (helligdage) for deadlines that must fall on working days. Grundlovsdag
 * (5 June), juleaftensdag (24 December) and nytårsaftensdag (31 December) are not public holidays,
 * although many workplaces close; they are left out. Store bededag was abolished from 2024.
 */

export interface Holiday {
  date: Date;
  name: Text;
}

/** The last year with Store bededag (abolished by law from 2024). */
const LAST_STORE_BEDEDAG_YEAR = 2023;
/** The computus below is the Gregorian one. */
const FIRST_GREGORIAN_YEAR = 1583;

/** Holidays tied to Easter: days from Easter Sunday. */
const EASTER_HOLIDAYS: { days: number; name: Text; until?: number }[] = [
  { days: -3, name: { da: "Skærtorsdag", en: "Maundy Thursday" } },
  { days: -2, name: { da: "Langfredag", en: "Good Friday" } },
  { days: 0, name: { da: "Påskedag", en: "Easter Sunday" } },
  { days: 1, name: { da: "2. påskedag", en: "Easter Monday" } },
  { days: 26, name: { da: "Store bededag", en: "Great Prayer Day" }, until: LAST_STORE_BEDEDAG_YEAR },
  { days: 39, name: { da: "Kristi himmelfartsdag", en: "Ascension Day" } },
  { days: 49, name: { da: "Pinsedag", en: "Whit Sunday" } },
  { days: 50, name: { da: "2. pinsedag", en: "Whit Monday" } },
];

/**
 * Easter Sunday of a Gregorian year, by the anonymous Gregorian computus (Meeus/Jones/Butcher).
 *
 * @example
 * easterSunday(2027) //=> 2027-03-28
 */
export function easterSunday(year: number): Date {
  checkYear(year);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return civilDate(year, month, day);
}

/**
 * The Danish public holidays of a year, in date order: Nytårsdag, Skærtorsdag, Langfredag,
 * Påskedag, 2. påskedag, Store bededag (until 2023), Kristi himmelfartsdag, Pinsedag, 2. pinsedag,
 * Juledag, 2. juledag. Grundlovsdag is not a public holiday and is not listed.
 *
 * @example
 * danishHolidays(2027)[1] //=> { date: 2027-03-25, name: { da: "Skærtorsdag", en: "Maundy Thursday" } }
 */
export function danishHolidays(year: number): Holiday[] {
  const easter = easterSunday(year);
  const movable = EASTER_HOLIDAYS.filter((holiday) => holiday.until === undefined || year <= holiday.until).map(
    (holiday) => ({ date: addDays(easter, holiday.days), name: { ...holiday.name } }),
  );
  return [
    { date: civilDate(year, 1, 1), name: { da: "Nytårsdag", en: "New Year's Day" } },
    ...movable,
    { date: civilDate(year, 12, 25), name: { da: "Juledag", en: "Christmas Day" } },
    { date: civilDate(year, 12, 26), name: { da: "2. juledag", en: "Boxing Day" } },
  ];
}

/**
 * The Danish public holidays whose date lies from `from` to `to`, both included, in date order
 * (empty when `from` is after `to`). The bounds may be any instants, so `endOfYear(utcDate)` works
 * as an upper bound. The workbook writes these into the holiday range that WORKDAY formulas skip.
 *
 * @example
 * holidaysBetween(civilDate(2027, 12, 20), civilDate(2028, 1, 5)).map((h) => h.name.da)
 * //=> ["Juledag", "2. juledag", "Nytårsdag"]
 */
export function holidaysBetween(from: Date, to: Date): Holiday[] {
  const first = validInstant(from, "first date");
  const last = validInstant(to, "last date");
  const result: Holiday[] = [];
  for (let year = first.getFullYear(); year <= last.getFullYear(); year++) {
    for (const holiday of danishHolidays(year)) {
      if (holiday.date >= first && holiday.date <= last) result.push(holiday);
    }
  }
  return result;
}

/**
 * True for Monday to Friday when the day is not a Danish public holiday.
 *
 * @example
 * isWorkingDay(civilDate(2027, 3, 26)) //=> false (Langfredag)
 * isWorkingDay(civilDate(2027, 6, 4)) //=> true (Friday)
 */
export function isWorkingDay(date: Date): boolean {
  const day = asCivil(date);
  if (isWeekend(day)) return false;
  const time = day.getTime();
  return !danishHolidays(day.getFullYear()).some((holiday) => holiday.date.getTime() === time);
}

/**
 * The date itself when it is a working day, else the last working day before it; this is what
 * Excel's `WORKDAY(date + 1, -1, holidays)` gives.
 *
 * @example
 * previousWorkingDayOnOrBefore(civilDate(2027, 3, 29)) //=> 2027-03-24 (before Easter)
 */
export function previousWorkingDayOnOrBefore(date: Date): Date {
  let day = asCivil(date);
  while (!isWorkingDay(day)) day = subDays(day, 1);
  return day;
}

function validInstant(date: Date, what: string): UTCDate {
  if (!(date instanceof Date) || !Number.isFinite(date.getTime())) throw new RangeError(`The ${what} is not a valid Date`);
  return new UTCDate(date.getTime());
}

function checkYear(year: number): void {
  if (!Number.isSafeInteger(year) || year < FIRST_GREGORIAN_YEAR) {
    throw new RangeError(`Danish holidays need a whole Gregorian year from ${FIRST_GREGORIAN_YEAR}, got ${year}`);
  }
}
