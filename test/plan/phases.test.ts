import { MODEL } from "../../src/model";
import type { Variant } from "../../src/model/types";
import { DEFAULT_VARIANT } from "../../src/model/variant";
import { PHASE_ORDER, phaseStartOffset, phaseWindows, type PhaseWindow } from "../../src/plan/schedule";
import { day, iso, messageOf } from "./helpers";

/** "F1 2026-06-01..2026-08-31" per window, for readable expectations. */
const show = (windows: PhaseWindow[]) => windows.map((w) => `${w.phase} ${iso(w.start)}..${iso(w.end)}`);

const variantWith = (changes: Partial<Variant>): Variant => ({ ...DEFAULT_VARIANT, ...changes });

describe("phaseWindows", () => {
  it.each([
    {
      title: "1 March 2027",
      input: "2027-03-01",
      expected: ["F1 2026-06-01..2026-08-31", "F2 2026-09-01..2027-02-28", "F3 2027-03-01..2027-03-14", "F4 2027-03-15..2028-03-14"],
    },
    {
      title: "31 August 2027 (six months back clamps to 28 February)",
      input: "2027-08-31",
      expected: ["F1 2026-11-30..2027-02-27", "F2 2027-02-28..2027-08-30", "F3 2027-08-31..2027-09-13", "F4 2027-09-14..2028-09-13"],
    },
    {
      title: "29 February 2028 (a leap day)",
      input: "2028-02-29",
      expected: ["F1 2027-05-29..2027-08-28", "F2 2027-08-29..2028-02-28", "F3 2028-02-29..2028-03-13", "F4 2028-03-14..2029-03-13"],
    },
    {
      title: "31 March 2027 (nine and six months back clamp to the 30th)",
      input: "2027-03-31",
      expected: ["F1 2026-06-30..2026-09-29", "F2 2026-09-30..2027-03-30", "F3 2027-03-31..2027-04-13", "F4 2027-04-14..2028-04-13"],
    },
    {
      title: "31 December 2027 (Fase 4 starts in the next year)",
      input: "2027-12-31",
      expected: ["F1 2027-03-31..2027-06-29", "F2 2027-06-30..2027-12-30", "F3 2027-12-31..2028-01-13", "F4 2028-01-14..2029-01-13"],
    },
  ])("gives the model's default windows for a go-live on $title", ({ input, expected }) => {
    expect(show(phaseWindows(day(input)))).toEqual(expected);
  });

  it("uses the variant's phase starts and Fase 4 length", () => {
    const variant = variantWith({
      phaseStarts: { F1: { amount: -7, unit: "months" }, F2: { amount: -3, unit: "months" }, F4: { amount: 1, unit: "weeks" } },
      phase4Length: { amount: 6, unit: "months" },
    });
    expect(show(phaseWindows(day("2027-03-01"), variant))).toEqual([
      "F1 2026-08-01..2026-11-30",
      "F2 2026-12-01..2027-02-28",
      "F3 2027-03-01..2027-03-07",
      "F4 2027-03-08..2027-09-07",
    ]);
  });

  it("returns the phases in the order F1, F2, F3, F4 as UTC-midnight dates", () => {
    const windows = phaseWindows(day("2027-03-01"));
    expect(windows.map((w) => w.phase)).toEqual(PHASE_ORDER);
    expect(windows[0].start.toISOString()).toBe("2026-06-01T00:00:00.000Z");
  });

  it("allows a one-day phase", () => {
    const variant = variantWith({ phaseStarts: { F4: { amount: 1, unit: "days" } }, phase4Length: { amount: 1, unit: "days" } });
    expect(show(phaseWindows(day("2027-03-01"), variant)).slice(2)).toEqual(["F3 2027-03-01..2027-03-01", "F4 2027-03-02..2027-03-02"]);
  });

  it("throws UserError naming both phases when a phase starts no later than the one before", () => {
    const variant = variantWith({ phaseStarts: { F1: { amount: -6, unit: "months" } } });
    const text = messageOf(() => phaseWindows(day("2027-03-01"), variant));
    expect(text.da).toBe(
      "Fase 2 Forberedelse starter 01-09-2026, ikke efter Fase 1 Opstart (01-09-2026); ret fasernes start i varianten, så de kommer i rækkefølge.",
    );
    expect(text.en).toContain("2026-09-01");
  });

  it("throws UserError when Fase 4 would last less than a day", () => {
    const variant = variantWith({ phase4Length: { amount: 0, unit: "days" } });
    expect(messageOf(() => phaseWindows(day("2027-03-01"), variant)).da).toBe(
      "Fase 4 Forankring skal vare mindst én dag, men varianten giver den længden 0 dage; ret Fase 4's længde i varianten.",
    );
  });

  it("throws a RangeError for a go-live that is not a calendar date", () => {
    expect(() => phaseWindows(new Date(Date.UTC(2027, 2, 1, 5)))).toThrow(RangeError);
    expect(() => phaseWindows(new Date(NaN))).toThrow(RangeError);
  });

  it("does not change the variant or the go-live it is given", () => {
    const variant = variantWith({ phaseStarts: { F1: { amount: -7, unit: "months" } } });
    const before = JSON.stringify(variant);
    const goLive = day("2027-03-01");
    phaseWindows(goLive, variant);
    expect(JSON.stringify(variant)).toBe(before);
    expect(iso(goLive)).toBe("2027-03-01");
  });
});

describe("phaseStartOffset", () => {
  it("gives the model's default for each phase", () => {
    expect(PHASE_ORDER.map((phase) => phaseStartOffset(phase))).toEqual([
      { amount: -9, unit: "months" },
      { amount: -6, unit: "months" },
      { amount: 0, unit: "days" },
      { amount: 2, unit: "weeks" },
    ]);
    expect(PHASE_ORDER.map((phase) => phaseStartOffset(phase))).toEqual(MODEL.phases.map((p) => p.start.default));
  });

  it("gives the variant's offset where it has one", () => {
    const variant = variantWith({ phaseStarts: { F2: { amount: -4, unit: "months" } } });
    expect(phaseStartOffset("F2", variant)).toEqual({ amount: -4, unit: "months" });
    expect(phaseStartOffset("F1", variant)).toEqual({ amount: -9, unit: "months" });
  });

  it("returns a copy, so editing it does not change the variant", () => {
    const variant = variantWith({ phaseStarts: { F2: { amount: -4, unit: "months" } } });
    phaseStartOffset("F2", variant).amount = 99;
    expect(variant.phaseStarts.F2).toEqual({ amount: -4, unit: "months" });
  });
});
