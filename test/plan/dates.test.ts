import { UTCDate } from "@date-fns/utc";
import type { Offset } from "../../src/model/types";
import {
  addOffset,
  civilDate,
  formatDanishDate,
  fromExcelSerial,
  isCalendarDate,
  isCivilDate,
  isExcelDateSerial,
  parseDateInput,
  parseIsoDate,
  resolveDateSpec,
  toExcelSerial,
  todayCivil,
  toIsoDate,
} from "../../src/plan/dates";
import { day, iso, messageOf, userErrorOf } from "./helpers";

describe("civilDate", () => {
  it.each([
    { title: "an ordinary date", input: [2027, 3, 1], expected: "2027-03-01T00:00:00.000Z" },
    { title: "a leap day", input: [2028, 2, 29], expected: "2028-02-29T00:00:00.000Z" },
    { title: "the last day of a year", input: [2027, 12, 31], expected: "2027-12-31T00:00:00.000Z" },
    { title: "a year below 100 (not read as 19xx)", input: [42, 1, 1], expected: "0042-01-01T00:00:00.000Z" },
  ])("builds $title at UTC midnight", ({ input: [y, m, d], expected }) => {
    expect(civilDate(y, m, d).toISOString()).toBe(expected);
  });

  it.each([
    { title: "30 February", input: [2027, 2, 30] },
    { title: "29 February in a common year", input: [2027, 2, 29] },
    { title: "31 April", input: [2027, 4, 31] },
    { title: "month 13", input: [2027, 13, 1] },
    { title: "month 0", input: [2027, 0, 1] },
    { title: "day 0", input: [2027, 3, 0] },
    { title: "a fractional day", input: [2027, 3, 1.5] },
    { title: "NaN", input: [NaN, 3, 1] },
  ])("throws a RangeError for $title", ({ input: [y, m, d] }) => {
    expect(() => civilDate(y, m, d)).toThrow(RangeError);
    expect(isCalendarDate(y, m, d)).toBe(false);
  });

  it("gives the same date in any time zone, since it reads the UTC fields", () => {
    const date = civilDate(2027, 3, 1);
    expect([date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()]).toEqual([2027, 2, 1]);
    expect(date.getDate()).toBe(1);
  });
});

describe("isCivilDate", () => {
  it.each([
    { title: "a UTC-midnight Date", input: new Date(Date.UTC(2027, 2, 1)), expected: true },
    { title: "a UTCDate", input: new UTCDate(2027, 2, 1), expected: true },
    { title: "a Date at noon UTC", input: new Date(Date.UTC(2027, 2, 1, 12)), expected: false },
    { title: "an Invalid Date", input: new Date(NaN), expected: false },
    { title: "a string", input: "2027-03-01", expected: false },
  ])("is $expected for $title", ({ input, expected }) => {
    expect(isCivilDate(input)).toBe(expected);
  });
});

describe("parseDateInput", () => {
  it.each([
    { title: "yyyy-mm-dd", input: "2027-03-01", expected: "2027-03-01" },
    { title: "dd-mm-yyyy", input: "01-03-2027", expected: "2027-03-01" },
    { title: "dd.mm.yyyy", input: "01.03.2027", expected: "2027-03-01" },
    { title: "dd/mm/yyyy", input: "01/03/2027", expected: "2027-03-01" },
    { title: "one-digit day and month", input: "1.3.2027", expected: "2027-03-01" },
    { title: "one-digit month in yyyy-m-d", input: "2027-3-1", expected: "2027-03-01" },
    { title: "surrounding spaces", input: "  2027-03-01\t", expected: "2027-03-01" },
    { title: "a leap day", input: "29-02-2028", expected: "2028-02-29" },
    { title: "the first plausible year", input: "1990-01-01", expected: "1990-01-01" },
    { title: "the last plausible year", input: "31-12-2100", expected: "2100-12-31" },
  ])("reads $title", ({ input, expected }) => {
    expect(iso(parseDateInput(input))).toBe(expected);
  });

  it("returns a UTC-midnight date", () => {
    expect(parseDateInput("01-03-2027").toISOString()).toBe("2027-03-01T00:00:00.000Z");
  });

  it("says that a date does not exist, naming the input and the form it was written in", () => {
    expect(messageOf(() => parseDateInput("2027-02-30"))).toEqual({
      da: 'Datoen "2027-02-30" findes ikke. Skriv den som åååå-mm-dd, fx 2027-03-01.',
      en: 'The date "2027-02-30" does not exist. Write it as yyyy-mm-dd, e.g. 2027-03-01.',
    });
    expect(messageOf(() => parseDateInput("31.04.2027")).da).toBe(
      'Datoen "31.04.2027" findes ikke. Skriv den som dd.mm.åååå, fx 01.03.2027.',
    );
  });

  it.each([
    { title: "month 13", input: "31/13/2027" },
    { title: "month 0", input: "2027-00-10" },
    { title: "day 32", input: "32-01-2027" },
    { title: "a trailing letter", input: "2027-2-3x" },
    { title: "a word", input: "tomorrow" },
    { title: "mixed separators", input: "01-03/2027" },
    { title: "a two-digit year", input: "01-03-27" },
    { title: "month first US style with a day over 12", input: "03/31/2027" },
    { title: "a date with a time", input: "2027-03-01T00:00" },
    { title: "a five-digit year", input: "20270-03-01" },
  ])("says that $title is not a date and lists the accepted forms", ({ input }) => {
    const text = messageOf(() => parseDateInput(input));
    expect(text.da).toBe(
      `"${input}" er ikke en dato. Skriv den som åååå-mm-dd eller dd-mm-åååå (også med . eller / mellem tallene), fx 2027-03-01.`,
    );
    expect(text.en).toContain(`"${input}" is not a date.`);
    expect(text.en).toContain("yyyy-mm-dd or dd-mm-yyyy");
  });

  it.each([
    { title: "empty text", input: "" },
    { title: "only spaces", input: "   " },
  ])("says that a date is missing for $title", ({ input }) => {
    expect(messageOf(() => parseDateInput(input))).toEqual({
      da: "Der mangler en dato. Skriv den som åååå-mm-dd eller dd-mm-åååå (også med . eller / mellem tallene), fx 2027-03-01.",
      en: "A date is missing. Write it as yyyy-mm-dd or dd-mm-yyyy (also with . or / between the numbers), e.g. 2027-03-01.",
    });
  });

  it.each([
    { title: "1989", input: "1989-12-31" },
    { title: "2101", input: "01-01-2101" },
    { title: "year 0000", input: "0000-01-01" },
  ])("rejects the implausible year $title", ({ input }) => {
    const text = messageOf(() => parseDateInput(input));
    expect(text.da).toContain(`Året i "${input}" ligger uden for 1990–2100.`);
    expect(text.en).toContain(`The year in "${input}" is outside 1990–2100.`);
  });

  it("shortens a long input in the message", () => {
    const text = messageOf(() => parseDateInput("x".repeat(200)));
    expect(text.da.length).toBeLessThan(200);
    expect(text.da).toContain("…");
  });

  it("throws UserError, not another kind of error, for input that is not text", () => {
    expect(userErrorOf(() => parseDateInput(undefined as unknown as string)).name).toBe("UserError");
  });
});

describe("parseIsoDate", () => {
  it("reads yyyy-mm-dd", () => {
    expect(iso(parseIsoDate("2027-03-01"))).toBe("2027-03-01");
  });

  it.each([
    { title: "a day-first date", input: "01-03-2027" },
    { title: "one-digit month", input: "2027-3-01" },
    { title: "empty text", input: "" },
  ])("rejects $title with the yyyy-mm-dd hint", ({ input }) => {
    const text = messageOf(() => parseIsoDate(input));
    expect(text.da).toContain("åååå-mm-dd, fx 2027-03-01.");
    expect(text.da).not.toContain("dd-mm-åååå");
  });

  it("rejects a date that does not exist", () => {
    expect(messageOf(() => parseIsoDate("2027-02-30")).en).toBe(
      'The date "2027-02-30" does not exist. Write it as yyyy-mm-dd, e.g. 2027-03-01.',
    );
  });
});

describe("toIsoDate and formatDanishDate", () => {
  it.each([
    { title: "an ordinary date", input: "2027-03-01", expected: ["2027-03-01", "01-03-2027"] },
    { title: "the last day of a year", input: "2027-12-31", expected: ["2027-12-31", "31-12-2027"] },
    { title: "a leap day", input: "2028-02-29", expected: ["2028-02-29", "29-02-2028"] },
  ])("write $title", ({ input, expected }) => {
    expect([toIsoDate(day(input)), formatDanishDate(day(input))]).toEqual(expected);
  });

  it("round-trip through parseDateInput", () => {
    const date = day("2027-03-01");
    expect(parseDateInput(formatDanishDate(date)).getTime()).toBe(date.getTime());
    expect(parseDateInput(toIsoDate(date)).getTime()).toBe(date.getTime());
  });

  it.each([
    { title: "a Date at noon", input: new Date(Date.UTC(2027, 2, 1, 12)) },
    { title: "an Invalid Date", input: new Date(NaN) },
  ])("throw a RangeError for $title", ({ input }) => {
    expect(() => toIsoDate(input)).toThrow(RangeError);
    expect(() => formatDanishDate(input)).toThrow(RangeError);
  });
});

describe("Excel serials", () => {
  it.each([
    { title: "2027-03-01", input: "2027-03-01", expected: 46447 },
    { title: "1900-01-01 (serial 1)", input: "1900-01-01", expected: 1 },
    { title: "1900-02-28, before Excel's fake leap day", input: "1900-02-28", expected: 59 },
    { title: "1900-03-01, after Excel's fake leap day", input: "1900-03-01", expected: 61 },
    { title: "1970-01-01", input: "1970-01-01", expected: 25569 },
    { title: "2000-01-01", input: "2000-01-01", expected: 36526 },
    { title: "9999-12-31, Excel's last date", input: "9999-12-31", expected: 2958465 },
  ])("map $title to $expected and back", ({ input, expected }) => {
    expect(toExcelSerial(civilDateFromIso(input))).toBe(expected);
    expect(iso(fromExcelSerial(expected))).toBe(input);
  });

  it.each([
    { title: "0", input: 0 },
    { title: "a negative number", input: -1 },
    { title: "a fraction (a time of day)", input: 46447.5 },
    { title: "NaN", input: NaN },
    { title: "Infinity", input: Infinity },
    { title: "60, Excel's non-existent 1900-02-29", input: 60 },
    { title: "a serial after 9999-12-31", input: 2958466 },
  ])("fromExcelSerial rejects $title", ({ input }) => {
    expect(() => fromExcelSerial(input)).toThrow(RangeError);
  });

  it("toExcelSerial rejects dates before 1900", () => {
    expect(() => toExcelSerial(civilDate(1899, 12, 31))).toThrow(RangeError);
  });

  it("consecutive days have consecutive serials across the year end", () => {
    expect(toExcelSerial(day("2028-01-01")) - toExcelSerial(day("2027-12-31"))).toBe(1);
  });
});

function civilDateFromIso(text: string): Date {
  const [y, m, d] = text.split("-").map(Number);
  return civilDate(y, m, d);
}

describe("addOffset", () => {
  const months = (amount: number): Offset => ({ amount, unit: "months" });
  it.each([
    { title: "six months back from 31 August clamps to 28 February", input: ["2027-08-31", months(-6)], expected: "2027-02-28" },
    { title: "six months back from 31 August in a leap year clamps to 29 February", input: ["2028-08-31", months(-6)], expected: "2028-02-29" },
    { title: "twelve months on from a leap day clamps to 28 February", input: ["2028-02-29", months(12)], expected: "2029-02-28" },
    { title: "one month back from 31 March clamps to 28 February", input: ["2027-03-31", months(-1)], expected: "2027-02-28" },
    { title: "nine months back from 31 March clamps to 30 June", input: ["2027-03-31", months(-9)], expected: "2026-06-30" },
    { title: "six months back from 31 December clamps to 30 June", input: ["2027-12-31", months(-6)], expected: "2027-06-30" },
    { title: "one month on from 31 December is 31 January", input: ["2027-12-31", months(1)], expected: "2028-01-31" },
    { title: "zero months is the same day", input: ["2027-03-31", months(0)], expected: "2027-03-31" },
    { title: "two weeks on crosses the year end", input: ["2027-12-31", { amount: 2, unit: "weeks" }], expected: "2028-01-14" },
    { title: "minus one day from 1 March in a leap year", input: ["2028-03-01", { amount: -1, unit: "days" }], expected: "2028-02-29" },
    { title: "days across the end of daylight saving time", input: ["2027-10-30", { amount: 2, unit: "days" }], expected: "2027-11-01" },
    { title: "days across the start of daylight saving time", input: ["2027-03-27", { amount: 2, unit: "days" }], expected: "2027-03-29" },
  ] as { title: string; input: [string, Offset]; expected: string }[])("$title", ({ input: [date, offset], expected }) => {
    expect(iso(addOffset(day(date), offset))).toBe(expected);
  });

  it("does not change the date it is given", () => {
    const date = day("2027-08-31");
    addOffset(date, months(-6));
    expect(iso(date)).toBe("2027-08-31");
  });

  it("accepts a plain Date at UTC midnight and returns a UTC-midnight date", () => {
    const result = addOffset(new Date(Date.UTC(2027, 7, 31)), months(-6));
    expect(result.toISOString()).toBe("2027-02-28T00:00:00.000Z");
  });

  it.each([
    { title: "a fractional amount", input: { amount: 1.5, unit: "days" } },
    { title: "a NaN amount", input: { amount: NaN, unit: "months" } },
    { title: "an unknown unit", input: { amount: 1, unit: "years" } },
  ] as { title: string; input: Offset }[])("throws a RangeError for $title", ({ input }) => {
    expect(() => addOffset(day("2027-03-01"), input)).toThrow(RangeError);
  });

  it("throws a RangeError for a date that is not at UTC midnight", () => {
    expect(() => addOffset(new Date(Date.UTC(2027, 2, 1, 23)), months(1))).toThrow(RangeError);
  });
});

describe("resolveDateSpec", () => {
  const goLive = day("2027-03-01");
  it.each([
    { title: "an offset in months", input: { kind: "offset", offset: { amount: -3, unit: "months" } }, expected: "2026-12-01" },
    { title: "an offset in weeks", input: { kind: "offset", offset: { amount: 2, unit: "weeks" } }, expected: "2027-03-15" },
    { title: "a fixed date", input: { kind: "fixed", date: "2026-10-15" }, expected: "2026-10-15" },
  ] as const)("resolves $title", ({ input, expected }) => {
    expect(iso(resolveDateSpec(goLive, input))).toBe(expected);
  });

  it("throws UserError for a fixed date that does not exist", () => {
    expect(messageOf(() => resolveDateSpec(goLive, { kind: "fixed", date: "2027-02-30" })).da).toContain("findes ikke");
  });
});

describe("todayCivil", () => {
  it.each([
    { title: "late in the evening", input: [2027, 2, 1, 23, 30], expected: "2027-03-01" },
    { title: "just after midnight", input: [2027, 2, 1, 0, 5], expected: "2027-03-01" },
    { title: "on New Year's Eve", input: [2027, 11, 31, 23, 59], expected: "2027-12-31" },
  ])("gives the local calendar date $title", ({ input: [y, m, d, h, min], expected }) => {
    const now = new Date(y, m, d, h, min);
    const today = todayCivil(now);
    expect(today.toISOString()).toBe(`${expected}T00:00:00.000Z`);
  });

  it("defaults to now", () => {
    const before = todayCivil(new Date());
    const today = todayCivil();
    const after = todayCivil(new Date());
    expect(isCivilDate(today)).toBe(true);
    expect([before.getTime(), after.getTime()]).toContain(today.getTime());
  });

  it("throws a RangeError for an Invalid Date", () => {
    expect(() => todayCivil(new Date(NaN))).toThrow(RangeError);
  });
});

describe("isExcelDateSerial", () => {
  test.each([
    { title: "a whole serial in range", value: 46447, expected: true },
    { title: "the first day", value: 1, expected: true },
    { title: "the last day Excel shows", value: 2958465, expected: true },
    { title: "Excel's fake 29 February 1900", value: 60, expected: false },
    { title: "zero", value: 0, expected: false },
    { title: "a negative number", value: -5, expected: false },
    { title: "a serial with a time of day", value: 46447.5, expected: false },
    { title: "past 9999-12-31", value: 2958466, expected: false },
    { title: "NaN", value: Number.NaN, expected: false },
    { title: "infinity", value: Number.POSITIVE_INFINITY, expected: false },
    { title: "a text that looks like a serial", value: "46447", expected: false },
  ])("says $expected for $title", ({ value, expected }) => {
    expect(isExcelDateSerial(value)).toBe(expected);
  });
});
