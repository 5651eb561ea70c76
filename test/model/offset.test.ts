import { approxDays, compareOffsets, describeOffset, describeRange, isWithin, offset } from "../../src/model";

describe("offsets from go-live", () => {
  it.each([
    [offset(-2, "weeks"), -14],
    [offset(3, "days"), 3],
    [offset(-6, "months"), -182.64],
  ])("count %j as %d days", (value, expected) => {
    expect(approxDays(value)).toBeCloseTo(expected, 5);
  });

  it.each([
    { title: "months with months exactly", a: offset(-9, "months"), b: offset(-9, "months"), sign: 0 },
    { title: "weeks with days", a: offset(1, "weeks"), b: offset(7, "days"), sign: 0 },
    { title: "weeks with days, earlier first", a: offset(1, "weeks"), b: offset(8, "days"), sign: -1 },
    { title: "months with weeks approximately", a: offset(-39, "weeks"), b: offset(-9, "months"), sign: 1 },
    { title: "zero in any unit", a: offset(0, "months"), b: offset(0, "days"), sign: 0 },
  ])("compare $title", ({ a, b, sign }) => {
    expect(Math.sign(compareOffsets(a, b))).toBe(sign);
  });

  it("checks a range inclusively at both ends", () => {
    const range = { earliest: offset(-9, "months"), latest: offset(-6, "months") };
    expect([-10, -9, -7, -6, -5].map((m) => isWithin(offset(m, "months"), range))).toEqual([
      false,
      true,
      true,
      true,
      false,
    ]);
  });

  it.each([
    [offset(-6, "months"), "6 måneder før go-live", "6 months before go-live"],
    [offset(1, "weeks"), "1 uge efter go-live", "1 week after go-live"],
    [offset(0, "days"), "ved go-live", "at go-live"],
  ])("describe %j in words", (value, da, en) => {
    expect(describeOffset(value)).toEqual({ da, en });
  });

  it.each([
    [
      { earliest: offset(-9, "months"), latest: offset(-6, "months") },
      "9-6 måneder før go-live",
      "9-6 months before go-live",
    ],
    [{ earliest: offset(1, "weeks"), latest: offset(2, "weeks") }, "1-2 uger efter go-live", "1-2 weeks after go-live"],
    [{ earliest: offset(0, "days"), latest: offset(0, "days") }, "ved go-live", "at go-live"],
    [
      { earliest: offset(-1, "weeks"), latest: offset(3, "days") },
      "fra 1 uge før go-live til 3 dage efter go-live",
      "from 1 week before go-live to 3 days after go-live",
    ],
  ])("describe the range %j in words", (range, da, en) => {
    expect(describeRange(range)).toEqual({ da, en });
  });
});
