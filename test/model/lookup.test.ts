import {
  findMunicipality,
  isPhaseId,
  isThemeId,
  isUserError,
  phaseById,
  resolveMunicipality,
  taskById,
  themeById,
  UserError,
} from "../../src/model";

function errorOf(action: () => unknown): UserError {
  try {
    action();
  } catch (error) {
    if (isUserError(error)) return error;
    throw error;
  }
  throw new Error("expected a UserError");
}

describe("looking up model entries by id", () => {
  it("finds phases, themes and tasks by their ids", () => {
    expect(phaseById("F3")?.name.da).toBe("Ibrugtagning");
    expect(themeById("UDI")?.name.da).toBe("Ud-/indfasning");
    expect(taskById("SIK-02")?.defaultPhase).toBe("F1");
  });

  it.each(["", "F5", "f1", "PRJ-99", "L-01", "prj-01"])("returns undefined for the unknown id %j", (id) => {
    expect(phaseById(id)).toBeUndefined();
    expect(themeById(id)).toBeUndefined();
    expect(taskById(id)).toBeUndefined();
  });

  it.each([
    ["F1", true],
    ["F4", true],
    ["F0", false],
    ["f2", false],
    [2, false],
    [undefined, false],
  ])("tells whether %j is a phase id (%s)", (value, expected) => {
    expect(isPhaseId(value)).toBe(expected);
  });

  it.each([
    ["PRJ", true],
    ["SIK", true],
    ["prj", false],
    ["XYZ", false],
    [null, false],
  ])("tells whether %j is a theme id (%s)", (value, expected) => {
    expect(isThemeId(value)).toBe(expected);
  });
});

describe("finding a municipality", () => {
  it.each([
    ["København", "0101"],
    ["københavn", "0101"],
    ["KØBENHAVN", "0101"],
    ["  København  ", "0101"],
    ["Aabenraa", "0580"],
    ["aabenraa", "0580"],
    ["Åbenrå", "0580"],
    ["Århus", "0751"],
    ["Aarhus Kommune", "0751"],
    ["Lyngby Taarbæk", "0173"],
    ["ringkøbing-skjern", "0760"],
    ["Taarnby", "0185"],
    ["Aeroe", "0492"],
    ["101", "0101"],
    ["0101", "0101"],
    [" 751 ", "0751"],
    ["0851", "0851"],
  ])("finds %j as %s", (input, code) => {
    expect(findMunicipality(input)?.code).toBe(code);
  });

  it.each(["", "   ", "0102", "12345", "Gotham", "Køben", "0"])("finds nothing for %j", (input) => {
    expect(findMunicipality(input)).toBeUndefined();
  });

  it("returns the municipality with code, id and name", () => {
    expect(resolveMunicipality("aalborg")).toEqual({ id: "0851", code: "0851", name: "Aalborg" });
  });

  it("explains in both languages what to type when the municipality is unknown", () => {
    const error = errorOf(() => resolveMunicipality("  Gotham "));
    expect(error.in("da")).toBe(
      'Ukendt kommune "Gotham". Angiv et kommunenavn eller en firecifret kommunekode, fx "Aarhus" eller "0751".',
    );
    expect(error.in("en")).toBe(
      'Unknown municipality "Gotham". Give a municipality name or a four-digit municipality code, e.g. "Aarhus" or "0751".',
    );
  });

  it.each([
    ["Kobenhavn", '"København"'],
    ["Arhus", '"Aarhus"'],
    ["Aalborgg", '"Aalborg"'],
    ["Køben", '"København" eller "Køge"'],
    ["Frederiks", '"Frederiksberg", "Frederikshavn" eller "Frederikssund"'],
  ])("suggests a near match for %j", (input, suggestion) => {
    const error = errorOf(() => resolveMunicipality(input));
    expect(error.in("da")).toContain(`Mente du ${suggestion}?`);
    expect(error.in("en")).toContain("Did you mean");
  });

  it("suggests nothing for an unknown code", () => {
    expect(errorOf(() => resolveMunicipality("0102")).in("da")).not.toContain("Mente du");
  });
});
