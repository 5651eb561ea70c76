import fc from "fast-check";
import { editDistance, nearMatches, quotedList } from "../../src/model/distance";

describe("edit distance", () => {
  it.each([
    ["", "", 0],
    ["abc", "", 3],
    ["kobenhavn", "koebenhavn", 1],
    ["kitten", "sitting", 3],
  ])("between %j and %j is %i", (a, b, expected) => {
    expect(editDistance(a, b)).toBe(expected);
  });

  it("is zero exactly for equal strings, symmetric and at most the longer length", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const distance = editDistance(a, b);
        expect(distance === 0).toBe(a === b);
        expect(editDistance(b, a)).toBe(distance);
        expect(distance).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });

  it("ranks a prefix like one typo and closer candidates first", () => {
    expect(nearMatches("frederiks", ["frederikssund", "frederiksberg", "odense"])).toEqual([
      "frederiksberg",
      "frederikssund",
    ]);
    expect(nearMatches("koeben", ["koege", "koebenhavn"])).toEqual(["koebenhavn", "koege"]);
    expect(nearMatches("odens", ["frederiksberg", "odense"])).toEqual(["odense"]);
  });

  it("leaves out candidates more than the given distance away", () => {
    expect(nearMatches("f5", ["f1", "f2"], 0)).toEqual([]);
    expect(nearMatches("f5", ["f1", "f2"], 1)).toEqual(["f1", "f2"]);
  });

  it.each([
    [[], ""],
    [["A"], '"A"'],
    [["A", "B"], '"A" eller "B"'],
    [["A", "B", "C"], '"A", "B" eller "C"'],
  ])("joins %j as %s", (items, expected) => {
    expect(quotedList(items, "eller")).toBe(expected);
  });
});
