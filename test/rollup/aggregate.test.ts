import { MODEL, MODEL_VERSION, resolveMunicipality } from "../../src/model";
import { parseIsoDate, toExcelSerial } from "../../src/plan/dates";
import { aggregateRollup } from "../../src/plan/rollup/aggregate";
import { rollupCounts } from "../../src/plan/rollup/metrics";
import { resolveGoLives, type RolloutPlan } from "../../src/plan/rollup/rollout";
import type { FileRead, PlanSummary } from "../../src/plan/rollup/types";

const asOf = parseIsoDate("2027-01-15");
const serial = (iso: string) => toExcelSerial(parseIsoDate(iso));

function plan(name: string, overrides: Partial<PlanSummary> = {}): PlanSummary {
  return {
    municipality: resolveMunicipality(name),
    municipalityText: name,
    modelVersion: MODEL_VERSION,
    wave: 1,
    goLive: serial("2027-03-01"),
    transitions: {},
    tasks: MODEL.tasks.slice(0, 2).map((t) => ({ id: t.id, title: t.title, theme: t.theme, phase: { id: t.defaultPhase, text: "" }, responsible: "", status: { id: "i-gang", text: "I gang" } })),
    criteria: [],
    findings: [],
    gates: [],
    ...overrides,
  };
}

const read = (file: string, summary: PlanSummary): FileRead => ({ name: file, kind: "plan", plan: summary });

function rollout(...members: [string, number][]): RolloutPlan {
  const waves = [{ wave: 1, goLive: parseIsoDate("2027-03-01") }, { wave: 2, goLive: parseIsoDate("2027-09-01") }];
  return { source: "udrulning.csv", waves, members: resolveGoLives(waves, members.map(([name, wave], i) => ({ line: i + 2, municipality: resolveMunicipality(name), wave }))), problems: [] };
}

const files = (reads: FileRead[], plan?: RolloutPlan) =>
  aggregateRollup(reads, { asOf, rollout: plan }).files.map((f) => ({ file: f.file, who: f.municipality?.name, outcome: f.outcome, used: f.used, errors: f.errors, warnings: f.warnings }));

describe("putting the returned files together", () => {
  test("uses the first of two files for one municipality and reports both", () => {
    const result = aggregateRollup([read("a.xlsx", plan("Aarhus")), read("b.xlsx", plan("Aarhus"))], { asOf });
    expect(files([read("a.xlsx", plan("Aarhus")), read("b.xlsx", plan("Aarhus"))])).toEqual([
      { file: "a.xlsx", who: "Aarhus", outcome: "read", used: true, errors: 0, warnings: 1 },
      { file: "b.xlsx", who: "Aarhus", outcome: "duplicate", used: false, errors: 1, warnings: 0 },
    ]);
    expect(result.statusRows).toHaveLength(2);
    expect(result.findings.map((f) => f.rule)).toEqual(["rollup-duplicate-used", "rollup-duplicate"]);
    expect(result.files[1].message.da).toBe("Aarhus (0751) har også filen a.xlsx, som er medtaget; denne fil er ikke medtaget. Slet den fil, der ikke gælder.");
  });

  test("includes a municipality outside the rollout without a wave, as an error", () => {
    const result = aggregateRollup([read("a.xlsx", plan("Aarhus")), read("v.xlsx", plan("Vejle", { wave: 3 }))], { asOf, rollout: rollout(["Aarhus", 1]) });
    expect(result.files.map((f) => [f.file, f.outcome, f.used, f.errors])).toEqual([
      ["a.xlsx", "read", true, 0],
      ["v.xlsx", "unknown", true, 1],
    ]);
    expect(result.municipalities.map((m) => [m.municipality.name, m.wave, m.inRollout])).toEqual([
      ["Aarhus", 1, true],
      ["Vejle", undefined, false],
    ]);
    expect(result.statusRows.filter((r) => r.municipality.name === "Vejle").map((r) => r.wave)).toEqual([undefined, undefined]);
  });

  test("lists a rollout municipality without a file as missing, with an error", () => {
    const result = aggregateRollup([read("a.xlsx", plan("Aarhus"))], { asOf, rollout: rollout(["Aarhus", 1], ["Aalborg", 2]) });
    expect(result.files.map((f) => [f.file, f.municipality?.name, f.wave, f.outcome, f.errors])).toEqual([
      ["a.xlsx", "Aarhus", 1, "read", 0],
      [undefined, "Aalborg", 2, "missing", 1],
    ]);
    expect(result.findings.map((f) => f.message.da)).toEqual(["Der er ingen plan fra Aalborg (0851) (bølge 2); rykk kommunen for den udfyldte plan."]);
  });

  test("reports a plan that names no municipality and leaves its rows out", () => {
    const result = aggregateRollup([read("x.xlsx", plan("Aarhus", { municipality: undefined, municipalityText: "" }))], { asOf });
    expect(files([read("x.xlsx", plan("Aarhus", { municipality: undefined, municipalityText: "" }))])).toEqual([{ file: "x.xlsx", who: undefined, outcome: "noMunicipality", used: false, errors: 1, warnings: 0 }]);
    expect(result.statusRows).toEqual([]);
  });

  test("reports unreadable and skipped files with the reason in Besked", () => {
    const reads: FileRead[] = [
      { name: "bomb.xlsx", kind: "unreadable", reason: { da: "zip-bombe", en: "zip bomb" } },
      { name: "noter.txt", kind: "skipped", reason: { da: "ikke en .xlsx-fil", en: "not an .xlsx file" } },
    ];
    const result = aggregateRollup(reads, { asOf });
    expect(result.files.map((f) => [f.outcome, f.errors, f.warnings, f.message.da])).toEqual([
      ["unreadable", 1, 0, "zip-bombe"],
      ["skipped", 0, 1, "ikke en .xlsx-fil"],
    ]);
  });

  test("warns when a plan's wave, go-live or model version differ from the rollout's and the tool's", () => {
    const result = aggregateRollup([read("a.xlsx", plan("Aarhus", { wave: 2, goLive: serial("2027-04-01"), modelVersion: "2017.1" }))], { asOf, rollout: rollout(["Aarhus", 1]) });
    expect(result.findings.map((f) => f.rule)).toEqual(["rollup-model-version", "rollup-wave-differs", "rollup-go-live-differs"]);
    expect(result.files[0]).toMatchObject({ outcome: "read", errors: 0, warnings: 3, wave: 1 });
    expect(result.findings[2].message.da).toBe("Planens go-live 01-04-2027 er ikke udrulningens 01-03-2027; ret go-live i planen (implan update), eller ret udrulningen.");
  });

  test("counts the plan's own findings in its Filer row", () => {
    const findings = [
      { rule: "status-value", severity: "error" as const, sheet: "PRJ", cell: "H5", message: { da: "x", en: "x" } },
      { rule: "overdue", severity: "warning" as const, sheet: "PRJ", cell: "G5", message: { da: "y", en: "y" } },
    ];
    expect(files([read("a.xlsx", plan("Aarhus", { findings }))])).toEqual([{ file: "a.xlsx", who: "Aarhus", outcome: "read", used: true, errors: 1, warnings: 1 }]);
  });

  test("orders municipalities by wave, then code, with those without a wave last", () => {
    const reads = [read("c.xlsx", plan("Vejle", { wave: undefined })), read("b.xlsx", plan("Aalborg", { wave: 2 })), read("a.xlsx", plan("Aarhus", { wave: 2 })), read("d.xlsx", plan("København", { wave: 1 }))];
    const result = aggregateRollup(reads, { asOf });
    expect(result.municipalities.map((m) => m.municipality.code)).toEqual(["0101", "0751", "0851", "0630"]);
    expect(result.waves).toEqual([1, 2]);
    expect(rollupCounts(result).waves.map((w) => [w.wave, w.municipalities, w.tasks])).toEqual([
      [1, 1, 2],
      [2, 2, 4],
      [undefined, 1, 2],
    ]);
  });
});
