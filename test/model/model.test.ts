import { MODEL, MODEL_VERSION, type Text } from "../../src/model";

/** Every Text reachable from `value`, with the path where it was found. */
function textsIn(value: unknown, path = "MODEL"): { path: string; text: Text }[] {
  if (value === null || typeof value !== "object") return [];
  const entries = Object.entries(value);
  const keys = entries
    .map(([key]) => key)
    .sort()
    .join(",");
  if (keys === "da,en") return [{ path, text: value as Text }];
  return entries.flatMap(([key, child]) => textsIn(child, `${path}.${key}`));
}

/** Excel's rules for a sheet name. */
function isLegalSheetName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= 31 &&
    !/[\\/?*[\]:]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== "history"
  );
}

describe("the model", () => {
  it("carries the version 2018.1", () => {
    expect(MODEL_VERSION).toBe("2018.1");
    expect(MODEL.version).toBe(MODEL_VERSION);
  });

  it.each([
    ["phases", 4],
    ["transitions", 3],
    ["criteria", 18],
    ["themes", 7],
    ["tasks", 34],
    ["concepts", 5],
    ["municipalities", 98],
    ["statuses", 4],
    ["assessments", 4],
  ] as const)("has %s of exactly %i entries", (list, count) => {
    expect(MODEL[list]).toHaveLength(count);
  });

  it("never uses an id twice, within a list or across lists", () => {
    const lists = [
      MODEL.phases,
      MODEL.transitions,
      MODEL.criteria,
      MODEL.themes,
      MODEL.tasks,
      MODEL.concepts,
      MODEL.statuses,
      MODEL.assessments,
    ];
    const ids = lists.flatMap((list) => list.map((item) => item.id));
    expect(new Set(ids).size).toBe(ids.length);
    const codes = MODEL.municipalities.map((m) => m.code);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it("gives every municipality a four-digit code that is also its id", () => {
    for (const municipality of MODEL.municipalities) {
      expect(municipality.code).toMatch(/^\d{4}$/);
      expect(municipality.id).toBe(municipality.code);
      expect(municipality.name.trim()).toBe(municipality.name);
      expect(municipality.name).not.toBe("");
    }
  });

  it.each([
    ["0101", "København"],
    ["0147", "Frederiksberg"],
    ["0580", "Aabenraa"],
    ["0751", "Aarhus"],
    ["0825", "Læsø"],
    ["0851", "Aalborg"],
    ["0860", "Hjørring"],
  ])("lists municipality %s as %s", (code, name) => {
    expect(MODEL.municipalities.find((m) => m.code === code)?.name).toBe(name);
  });

  it("lists the municipalities in code order", () => {
    const codes = MODEL.municipalities.map((m) => m.code);
    expect(codes).toEqual([...codes].sort());
  });

  it("resolves every reference between lists", () => {
    const phaseIds = new Set(MODEL.phases.map((p) => p.id));
    const themeIds = new Set(MODEL.themes.map((t) => t.id));
    for (const task of MODEL.tasks) {
      expect(themeIds).toContain(task.theme);
      expect(phaseIds).toContain(task.defaultPhase);
    }
    for (const criterion of MODEL.criteria) expect(phaseIds).toContain(criterion.phase);
    for (const transition of MODEL.transitions) {
      expect(phaseIds).toContain(transition.from);
      expect(phaseIds).toContain(transition.to);
    }
  });

  it("numbers task ids by theme and criterion ids by phase", () => {
    for (const task of MODEL.tasks) expect(task.id).toMatch(new RegExp(`^${task.theme}-\\d{2}$`));
    for (const criterion of MODEL.criteria) expect(criterion.id).toMatch(new RegExp(`^${criterion.phase}-K\\d$`));
  });

  it.each([
    ["F1", 4],
    ["F2", 6],
    ["F3", 4],
    ["F4", 4],
  ])("has %s with %i success criteria numbered from K1", (phase, count) => {
    const ids = MODEL.criteria.filter((c) => c.phase === phase).map((c) => c.id);
    expect(ids).toEqual(Array.from({ length: count }, (_, i) => `${phase}-K${i + 1}`));
  });

  it("links the transitions 1→2, 2→3 and 3→4", () => {
    expect(MODEL.transitions.map((t) => [t.id, t.from, t.to, t.name.da])).toEqual([
      ["F1-F2", "F1", "F2", "Faseovergang 1→2"],
      ["F2-F3", "F2", "F3", "Faseovergang 2→3"],
      ["F3-F4", "F3", "F4", "Faseovergang 3→4"],
    ]);
  });

  it.each(["da", "en"] as const)("gives every theme a legal, distinct Excel sheet name in %s", (lang) => {
    const names = MODEL.themes.map((theme) => theme.sheetName[lang]);
    for (const name of names) expect({ name, legal: isLegalSheetName(name) }).toEqual({ name, legal: true });
    // Excel compares sheet names without regard to case.
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
  });

  it("keeps the slide name of a theme even where Excel forbids it", () => {
    const udi = MODEL.themes.find((t) => t.id === "UDI");
    expect(udi?.name.da).toBe("Ud-/indfasning");
    expect(udi?.sheetName.da).toBe("Ud- og indfasning");
  });

  it("fills every user-facing text in Danish and English", () => {
    const texts = textsIn(MODEL);
    expect(texts.length).toBeGreaterThan(100);
    for (const { path, text } of texts) {
      expect({ path, da: text.da.trim() !== "", en: text.en.trim() !== "" }).toEqual({ path, da: true, en: true });
    }
  });

  it("labels the phases the way a task's Fase cell shows them", () => {
    expect(MODEL.phases.map((p) => p.label.da)).toEqual([
      "Fase 1 Opstart",
      "Fase 2 Forberedelse",
      "Fase 3 Ibrugtagning",
      "Fase 4 Forankring",
    ]);
    expect(MODEL.phases.map((p) => p.number)).toEqual([1, 2, 3, 4]);
  });

  it("uses the status and assessment values of the workbook contract", () => {
    expect(MODEL.statuses.map((s) => s.label.da)).toEqual(["Ikke startet", "I gang", "Fuldført", "Ikke relevant"]);
    expect(MODEL.assessments.map((a) => a.label.da)).toEqual([
      "Ikke vurderet",
      "Ikke opfyldt",
      "Delvist opfyldt",
      "Opfyldt",
    ]);
  });

  it("dates every concept to april 2018", () => {
    expect(MODEL.concepts.map((c) => c.term.da)).toEqual([
      "Implementering",
      "Udrulningsforløb",
      "Udrulning",
      "Idriftsættelsesdato",
      "Go-live",
    ]);
    for (const concept of MODEL.concepts) expect(concept.approved).toBe("april 2018");
  });

  it("is frozen, so no plan can change it for the next", () => {
    expect(Object.isFrozen(MODEL)).toBe(true);
    expect(Object.isFrozen(MODEL.tasks)).toBe(true);
    expect(Object.isFrozen(MODEL.phases[0].start.range.earliest)).toBe(true);
    expect(() => (MODEL.tasks as unknown as string[]).push("x")).toThrow(TypeError);
  });
});
