import { endOfYear, startOfYear } from "date-fns";
import { UTCDate } from "@date-fns/utc";
import { civilDate } from "../../src/plan/dates";
import {
  danishHolidays,
  easterSunday,
  holidaysBetween,
  isWorkingDay,
  previousWorkingDayOnOrBefore,
} from "../../src/plan/holidays";
import { day, iso } from "./helpers";

describe("easterSunday", () => {
  it.each([
    { title: "2008 (early)", input: 2008, expected: "2008-03-23" },
    { title: "2024", input: 2024, expected: "2024-03-31" },
    { title: "2025", input: 2025, expected: "2025-04-20" },
    { title: "2027", input: 2027, expected: "2027-03-28" },
    { title: "2028", input: 2028, expected: "2028-04-16" },
    { title: "2038 (late)", input: 2038, expected: "2038-04-25" },
    { title: "1818 (earliest possible, 22 March)", input: 1818, expected: "1818-03-22" },
    { title: "2000", input: 2000, expected: "2000-04-23" },
  ])("falls on the known date in $title", ({ input, expected }) => {
    expect(iso(easterSunday(input))).toBe(expected);
  });

  it.each([
    { title: "a fractional year", input: 2027.5 },
    { title: "a year before the Gregorian calendar", input: 1500 },
    { title: "NaN", input: NaN },
  ])("throws a RangeError for $title", ({ input }) => {
    expect(() => easterSunday(input)).toThrow(RangeError);
  });
});

describe("danishHolidays", () => {
  it("lists the ten holidays of 2027 in date order", () => {
    expect(danishHolidays(2027).map((h) => `${iso(h.date)} ${h.name.da}`)).toEqual([
      "2027-01-01 Nytårsdag",
      "2027-03-25 Skærtorsdag",
      "2027-03-26 Langfredag",
      "2027-03-28 Påskedag",
      "2027-03-29 2. påskedag",
      "2027-05-06 Kristi himmelfartsdag",
      "2027-05-16 Pinsedag",
      "2027-05-17 2. pinsedag",
      "2027-12-25 Juledag",
      "2027-12-26 2. juledag",
    ]);
  });

  it("includes Store bededag in 2023, on 5 May", () => {
    const names = danishHolidays(2023).map((h) => `${iso(h.date)} ${h.name.da}`);
    expect(names).toContain("2023-05-05 Store bededag");
    expect(names).toHaveLength(11);
  });

  it("leaves Store bededag out from 2024, when it was abolished", () => {
    expect(danishHolidays(2024).map((h) => h.name.da)).not.toContain("Store bededag");
    expect(danishHolidays(2024)).toHaveLength(10);
  });

  it("leaves Grundlovsdag and Christmas Eve out, as they are not public holidays", () => {
    const dates = danishHolidays(2027).map((h) => iso(h.date));
    expect(dates).not.toContain("2027-06-05");
    expect(dates).not.toContain("2027-12-24");
  });

  it("names every holiday in Danish and English", () => {
    for (const holiday of danishHolidays(2023)) {
      expect(holiday.name.da).not.toBe("");
      expect(holiday.name.en).not.toBe("");
    }
  });

  it("returns dates in order for every year from 1990 to 2100", () => {
    for (let year = 1990; year <= 2100; year++) {
      const times = danishHolidays(year).map((h) => h.date.getTime());
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(new Set(times).size).toBe(times.length);
    }
  });

  it("returns a fresh list each call, so editing one does not change the next", () => {
    const first = danishHolidays(2027);
    first[0].name.da = "changed";
    first.pop();
    expect(danishHolidays(2027)[0].name.da).toBe("Nytårsdag");
    expect(danishHolidays(2027)).toHaveLength(10);
  });
});

describe("holidaysBetween", () => {
  it.each([
    { title: "Easter 2027", input: ["2027-03-01", "2027-04-30"], expected: ["2027-03-25", "2027-03-26", "2027-03-28", "2027-03-29"] },
    { title: "a span over the year end", input: ["2027-12-20", "2028-01-05"], expected: ["2027-12-25", "2027-12-26", "2028-01-01"] },
    { title: "a span whose ends are holidays (both included)", input: ["2027-12-25", "2027-12-26"], expected: ["2027-12-25", "2027-12-26"] },
    { title: "a span without holidays", input: ["2027-06-01", "2027-11-30"], expected: [] },
    { title: "a reversed span", input: ["2028-01-05", "2027-12-20"], expected: [] },
  ])("finds the holidays in $title", ({ input: [from, to], expected }) => {
    expect(holidaysBetween(day(from), day(to)).map((h) => iso(h.date))).toEqual(expected);
  });

  it("accepts endOfYear of a UTC date as the upper bound", () => {
    const goLive = new UTCDate(day("2027-03-01").getTime());
    const holidays = holidaysBetween(startOfYear(goLive), endOfYear(goLive));
    expect(holidays.map((h) => iso(h.date))).toEqual(danishHolidays(2027).map((h) => iso(h.date)));
  });

  it("throws a RangeError for an Invalid Date", () => {
    expect(() => holidaysBetween(new Date(NaN), day("2027-01-01"))).toThrow(RangeError);
  });
});

describe("isWorkingDay", () => {
  it.each([
    { title: "an ordinary Monday", input: "2027-03-01", expected: true },
    { title: "a Saturday", input: "2027-03-06", expected: false },
    { title: "a Sunday", input: "2027-03-07", expected: false },
    { title: "Langfredag", input: "2027-03-26", expected: false },
    { title: "Kristi himmelfartsdag", input: "2027-05-06", expected: false },
    { title: "Store bededag 2023", input: "2023-05-05", expected: false },
    { title: "the former Store bededag in 2024 (a Friday)", input: "2024-04-26", expected: true },
    { title: "Grundlovsdag on a Thursday", input: "2025-06-05", expected: true },
    { title: "Christmas Eve on a Friday", input: "2027-12-24", expected: true },
  ])("is $expected for $title", ({ input, expected }) => {
    expect(isWorkingDay(day(input))).toBe(expected);
  });

  it("throws a RangeError for a date that is not at UTC midnight", () => {
    expect(() => isWorkingDay(new Date(Date.UTC(2027, 2, 1, 6)))).toThrow(RangeError);
  });
});

describe("previousWorkingDayOnOrBefore", () => {
  it.each([
    { title: "a working day stays", input: "2027-03-01", expected: "2027-03-01" },
    { title: "a Sunday moves to Friday", input: "2027-03-07", expected: "2027-03-05" },
    { title: "2. påskedag moves before Easter", input: "2027-03-29", expected: "2027-03-24" },
    { title: "2. juledag on a Sunday moves to Christmas Eve", input: "2027-12-26", expected: "2027-12-24" },
    { title: "Nytårsdag moves into the previous year", input: "2027-01-01", expected: "2026-12-31" },
    { title: "2. pinsedag moves past the weekend", input: "2027-05-17", expected: "2027-05-14" },
  ])("$title", ({ input, expected }) => {
    expect(iso(previousWorkingDayOnOrBefore(day(input)))).toBe(expected);
  });

  it("does not change the date it is given", () => {
    const date = day("2027-03-29");
    previousWorkingDayOnOrBefore(date);
    expect(iso(date)).toBe("2027-03-29");
  });

  it("returns a calendar date that is a working day", () => {
    const result = previousWorkingDayOnOrBefore(civilDate(2027, 12, 26));
    expect(result.toISOString()).toBe("2027-12-24T00:00:00.000Z");
    expect(isWorkingDay(result)).toBe(true);
  });
});
