import fc from "fast-check";
import { DEFAULT_VARIANT, isUserError, parseVariant, UserError, VariantError, type Variant } from "../../src/model";
import { deepFreeze } from "../../src/model/freeze";

const FULL_EXAMPLE = {
  name: "SAPA bølge 1",
  phaseStarts: { F1: { months: -8 }, F2: { months: -5 }, F4: { weeks: 1 } },
  phase4Length: { months: 12 },
  workdaysOnly: true,
  tasks: {
    "PRJ-01": { phase: "F1", start: { months: -9 }, deadline: { weeks: -30 } },
    "SIK-02": { deadline: { date: "2027-01-31" } },
  },
  removedTasks: ["ITM-06"],
  localTasks: [{ id: "L-01", theme: "PRJ", title: "Lokal styregruppe", phase: "F1", deadline: { days: -200 } }],
  deviations: [
    {
      field: "removedTasks.ITM-06",
      description: "Kommunerne har ingen ØiR-integration.",
      approvedBy: "Metodeansvarlig, KOMBIT",
    },
  ],
};

const FULL_EXPECTED: Variant = {
  name: "SAPA bølge 1",
  phaseStarts: {
    F1: { amount: -8, unit: "months" },
    F2: { amount: -5, unit: "months" },
    F4: { amount: 1, unit: "weeks" },
  },
  phase4Length: { amount: 12, unit: "months" },
  workdaysOnly: true,
  tasks: {
    "PRJ-01": {
      phase: "F1",
      start: { kind: "offset", offset: { amount: -9, unit: "months" } },
      deadline: { kind: "offset", offset: { amount: -30, unit: "weeks" } },
    },
    "SIK-02": { deadline: { kind: "fixed", date: "2027-01-31" } },
  },
  removedTasks: ["ITM-06"],
  localTasks: [
    {
      id: "L-01",
      theme: "PRJ",
      title: "Lokal styregruppe",
      phase: "F1",
      deadline: { kind: "offset", offset: { amount: -200, unit: "days" } },
    },
  ],
  deviations: [
    {
      field: "removedTasks.ITM-06",
      description: "Kommunerne har ingen ØiR-integration.",
      approvedBy: "Metodeansvarlig, KOMBIT",
    },
  ],
};

describe("parsing a variant", () => {
  it("turns the full example into the typed variant", () => {
    expect(parseVariant(FULL_EXAMPLE)).toStrictEqual(FULL_EXPECTED);
  });

  it("fills every default for an empty file", () => {
    expect(parseVariant({})).toStrictEqual({
      name: "",
      phaseStarts: {},
      phase4Length: { amount: 12, unit: "months" },
      workdaysOnly: false,
      tasks: {},
      removedTasks: [],
      localTasks: [],
      deviations: [],
    });
  });

  it("offers the defaults as a frozen DEFAULT_VARIANT", () => {
    expect(DEFAULT_VARIANT).toStrictEqual(parseVariant({}));
    expect(Object.isFrozen(DEFAULT_VARIANT.removedTasks)).toBe(true);
  });

  it("never changes its input and shares no objects with it", () => {
    const input = deepFreeze(structuredClone(FULL_EXAMPLE));
    const before = structuredClone(input);
    const variant = parseVariant(input);
    expect(input).toStrictEqual(before);
    expect(variant.removedTasks).not.toBe(input.removedTasks);
    expect(variant.deviations[0]).not.toBe(input.deviations[0]);
  });

  it("trims the text a person typed", () => {
    const variant = parseVariant({
      name: "  Bølge 2 ",
      localTasks: [{ id: "L-x_1", theme: "VID", title: "  Temadag  ", phase: "F2" }],
    });
    expect(variant.name).toBe("Bølge 2");
    expect(variant.localTasks[0].title).toBe("Temadag");
  });

  it.each([
    { title: "a start at the model's earliest", phaseStarts: { F1: { months: -9 } } },
    { title: "a start given in weeks inside a range in months", phaseStarts: { F1: { weeks: -30 } } },
    { title: "Fase 3 at go-live given in months", phaseStarts: { F3: { months: 0 } } },
    { title: "Fase 4 given in days", phaseStarts: { F4: { days: 10 } } },
  ])("accepts $title without a deviation", ({ phaseStarts }) => {
    expect(parseVariant({ phaseStarts }).phaseStarts).toBeDefined();
  });

  it("accepts a phase start outside the range when a deviation covers it", () => {
    const variant = parseVariant({
      phaseStarts: { F1: { months: -12 } },
      deviations: [{ field: "phaseStarts.F1", description: "Lang opsigelse", approvedBy: "Metodeansvarlig, KOMBIT" }],
    });
    expect(variant.phaseStarts.F1).toEqual({ amount: -12, unit: "months" });
  });

  it("keeps any phase starts inside the model's ranges", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -9, max: -7 }),
        fc.integer({ min: -6, max: -3 }),
        fc.integer({ min: 1, max: 2 }),
        (f1, f2, f4) => {
          const variant = parseVariant({ phaseStarts: { F1: { months: f1 }, F2: { months: f2 }, F4: { weeks: f4 } } });
          expect(variant.phaseStarts).toEqual({
            F1: { amount: f1, unit: "months" },
            F2: { amount: f2, unit: "months" },
            F4: { amount: f4, unit: "weeks" },
          });
        },
      ),
    );
  });
});

describe("a variant error", () => {
  it("is a UserError with the problem text in both languages", () => {
    let caught: unknown;
    try {
      parseVariant({ phaseStarts: { F1: { months: -10 } } });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(VariantError);
    expect(caught).toBeInstanceOf(UserError);
    expect(isUserError(caught)).toBe(true);
    const error = caught as VariantError;
    expect(error.in("da")).toBe(
      'Variantfilen er ugyldig: phaseStarts.F1: Fase 1 starter uden for modellens interval (9-6 måneder før go-live); tilføj en afvigelse i "deviations" med field "phaseStarts.F1", beskrivelse og godkender.',
    );
    expect(error.in("en")).toBe(
      'The variant file is invalid: phaseStarts.F1: Phase 1 starts outside the model\'s range (9-6 months before go-live); add a deviation to "deviations" with field "phaseStarts.F1", a description and who approved it.',
    );
    expect(error.variantProblems).toHaveLength(1);
    expect(error.message).toBe(error.in("da"));
  });
});
