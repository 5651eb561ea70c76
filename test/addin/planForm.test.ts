/** The plan form's rules, without rendering: what a filled-in form sends, and what it says is wrong. */
import { checkForm, emptyForm, formFromPlan, type PlanForm } from "../../src/taskpane/create/formState";
import { previewWindows } from "../../src/taskpane/create/preview";
import { matchMunicipalities } from "../../src/taskpane/create/MunicipalityField";
import { changedRows, groupFindings, inRows } from "../../src/taskpane/validate/groups";
import { PRJ, samplePlan, sampleReport } from "./support/memoryHost";

function form(patch: Partial<PlanForm> = {}): PlanForm {
  return { ...emptyForm(), municipalityCode: "0751", goLive: "2027-03-01", ...patch };
}

function withPhase(base: PlanForm, phase: "F1" | "F2" | "F3" | "F4", patch: Partial<PlanForm["phases"]["F1"]>): PlanForm {
  return { ...base, phases: { ...base.phases, [phase]: { ...base.phases[phase], custom: true, ...patch } } };
}

describe("checkForm", () => {
  it.each([
    { title: "a complete form", input: form({ solution: " SAPA ", wave: "3" }), expected: { request: { municipalityCode: "0751", solution: "SAPA", wave: 3, goLive: "2027-03-01", lang: "da", phaseStarts: {}, deviations: [] } } },
    { title: "no municipality", input: form({ municipalityCode: "" }), expected: { fields: ["municipality"] } },
    { title: "an impossible date", input: form({ goLive: "2027-02-30" }), expected: { fields: ["goLive"] } },
    { title: "a wave that is not a number", input: form({ wave: "første" }), expected: { fields: ["wave"] } },
    { title: "a start within the model's range", input: withPhase(form(), "F1", { amount: "7" }), expected: { request: { phaseStarts: { F1: { amount: -7, unit: "months" } }, deviations: [] } } },
    { title: "a start outside the range, undocumented", input: withPhase(form(), "F1", { amount: "12" }), expected: { phases: { F1: ["description", "approvedBy"] } } },
    { title: "an amount that is not a whole number", input: withPhase(form(), "F4", { amount: "1,5", unit: "weeks", side: "after" }), expected: { phases: { F4: ["start"] } } },
  ])("$title", ({ input, expected }) => {
    const check = checkForm(input);
    expect(Object.keys(check.fields)).toEqual(expected.fields ?? []);
    expect(Object.fromEntries(Object.entries(check.phases).map(([phase, problems]) => [phase, Object.keys(problems ?? {})]))).toEqual(expected.phases ?? {});
    if (expected.request) expect(check.request).toMatchObject(expected.request);
    else expect(check.request).toBeUndefined();
  });

  it("documents a start outside the range with the text and approver typed, in the variant's own form", () => {
    const input = withPhase(form(), "F3", { amount: "1", unit: "weeks", side: "after", description: "Go-live i en ferie", approvedBy: "KOMBIT" });
    expect(checkForm(input).request?.deviations).toEqual([{ field: "phaseStarts.F3", description: "Go-live i en ferie", approvedBy: "KOMBIT" }]);
  });

  it("does not change the form it checks", () => {
    const input = withPhase(form(), "F1", { amount: "12" });
    const copy = structuredClone(input);
    checkForm(input);
    expect(input).toEqual(copy);
  });

  it("fills in from a plan in the workbook and sends the same back", () => {
    const plan = samplePlan({ phaseStarts: { F4: { amount: 1, unit: "weeks" } } });
    expect(checkForm(formFromPlan(plan)).request).toEqual({ municipalityCode: "0751", solution: "SAPA", wave: 2, goLive: "2027-03-01", lang: "da", phaseStarts: plan.phaseStarts, deviations: [] });
  });
});

describe("previewWindows", () => {
  it("has no dates without a go-live, and says why when phases fall out of order", () => {
    expect(previewWindows(form({ goLive: "" }))).toEqual({});
    const problem = previewWindows(withPhase(form(), "F2", { amount: "10" })).problem;
    expect(problem?.da).toMatch(/Fase 2 Forberedelse starter 01-05-2026, ikke efter Fase 1 Opstart/);
  });
});

describe("matchMunicipalities", () => {
  it.each([
    { query: "århus", first: "Aarhus" },
    { query: "AARHUS KOMMUNE", first: "Aarhus" },
    { query: "751", first: "Aarhus" },
    { query: "0101", first: "København" },
    { query: "borg", first: "Fredensborg" },
    { query: "faa", first: "Faaborg-Midtfyn" },
  ])("finds $first for $query", ({ query, first }) => {
    expect(matchMunicipalities(query)[0]?.name).toBe(first);
  });

  it("lists all 98 for an empty query and none for nonsense", () => {
    expect(matchMunicipalities("")).toHaveLength(98);
    expect(matchMunicipalities("xyzzy")).toEqual([]);
  });
});

describe("findings for the list", () => {
  it("groups errors before warnings, sheets in the order found", () => {
    const groups = groupFindings(sampleReport().findings);
    expect(groups.map((g) => [g.severity, g.count, g.sheets.map((s) => s.sheet)])).toEqual([
      ["error", 1, [PRJ]],
      ["warning", 2, [PRJ, "Fase 1 Opstart"]],
    ]);
  });

  it("marks findings on changed rows, ranges included", () => {
    const rows = changedRows([{ sheet: PRJ, address: "D4:E6" }, { sheet: "Forside", address: "GoLive" }]);
    expect([...rows]).toEqual([`${PRJ}!4`, `${PRJ}!5`, `${PRJ}!6`]);
    expect(sampleReport().findings.map((f) => inRows(f, rows))).toEqual([true, false, false]);
  });
});
