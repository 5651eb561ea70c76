import fc from "fast-check";
import { DEFAULT_VARIANT, parseVariant } from "../../src/model";
import { serializeVariant } from "../../src/model/variant-serialize";

const FULL = {
  name: "SAPA bølge 1",
  phaseStarts: { F1: { months: -8 }, F2: { months: -5 }, F4: { weeks: 1 } },
  phase4Length: { months: 6 },
  workdaysOnly: true,
  tasks: { "PRJ-01": { phase: "F1", start: { months: -9 }, deadline: { weeks: -30 } }, "SIK-02": { deadline: { date: "2027-01-31" } } },
  removedTasks: ["ITM-06"],
  localTasks: [{ id: "L-01", theme: "PRJ", title: "Lokal styregruppe", phase: "F1", deadline: { days: -200 } }],
  deviations: [{ field: "removedTasks.ITM-06", description: "Bruges ikke", approvedBy: "Metodeansvarlig, KOMBIT" }],
};

describe("serializeVariant", () => {
  test("gives back a file that parses to the same variant", () => {
    const variant = parseVariant(FULL);
    expect(parseVariant(serializeVariant(variant))).toEqual(variant);
  });

  test("round-trips the default variant", () => {
    expect(parseVariant(serializeVariant(DEFAULT_VARIANT))).toEqual(DEFAULT_VARIANT);
  });

  test("round-trips variants with any number of local tasks", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0), { maxLength: 20 }), (titles) => {
        const variant = parseVariant({
          localTasks: titles.map((title, i) => ({ id: `L-${i + 1}`, theme: "VID", title, phase: "F2" })),
        });
        expect(parseVariant(serializeVariant(variant))).toEqual(variant);
      }),
      { numRuns: 100 },
    );
  });
});
