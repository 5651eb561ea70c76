/**
 * All 98 municipalities in three waves return filled-in plans with random statuses and assessments;
 * the rollup's overview, recalculated by LibreOffice, must equal the test's own aggregation of what
 * it typed. Then rows and the Statusdato are edited in the rolled-up file and recalculated again,
 * to show the overview is formulas over the tables, not numbers written once.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { MODEL } from "../../src/model";
import { parseIsoDate, toExcelSerial } from "../../src/plan/dates";
import { implan, tempDir } from "../support/cli";
import { recalculate } from "../support/libreoffice";
import { count, nextTransition, percentDone, readyFor, taskFacts, type Filled } from "../rollup/support/expected";
import { editPlan, writePlan } from "../rollup/support/plans";
import { openWorkbook, readTable, type Row } from "../rollup/support/tables";

// Jest applies only a top-level testTimeout; 98 plans written, filled and recalculated take a while.
jest.setTimeout(600_000);

/** mulberry32: a small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WAVES = [
  { wave: 1, goLive: "2027-03-01" },
  { wave: 2, goLive: "2027-09-01" },
  { wave: 3, goLive: "2028-03-01" },
];
const STATUSES = ["Ikke startet", "I gang", "Fuldført", "Ikke relevant", "Ikke startet", "I gang", "Fuldført", "Færdig", ""];
const ASSESSMENTS = ["Ikke vurderet", "Ikke opfyldt", "Delvist opfyldt", "Opfyldt", "Opfyldt", "Opfyldt"];

function fill(next: () => number): Filled[] {
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
  return MODEL.municipalities.map((municipality, i) => {
    const { wave, goLive } = WAVES[i % 3];
    const statuses = Object.fromEntries(MODEL.tasks.map((t) => [t.id, pick(STATUSES)]));
    const assessments = Object.fromEntries(MODEL.criteria.map((c) => [c.id, [pick(ASSESSMENTS), next() < 0.5 ? "fordi" : ""] as [string, string]]));
    return { municipality, wave, goLive, statuses, assessments };
  });
}

const yes = (b: boolean) => (b ? "Ja" : "Nej");
const round = (value: unknown) => (typeof value === "number" ? Math.round(value * 1e9) / 1e9 : value);

/** What the Kommuner, Bølgestatus and Fasestatus tables must say, from the test's own facts. */
function expectedTables(unordered: Filled[], today: string, files: Row[]) {
  // The rollup lists municipalities by wave, then municipality code.
  const plans = [...unordered].sort((a, b) => a.wave - b.wave || a.municipality.code.localeCompare(b.municipality.code));
  const facts = taskFacts(plans, today);
  const errorsOf = (code: string, key: "Fejl" | "Advarsler") => files.filter((f) => f.Kommunekode === code).reduce((sum, f) => sum + Number(f[key]), 0);
  const municipalities = plans.map((plan) => {
    const own = facts.filter((f) => f.code === plan.municipality.code);
    const next = nextTransition(plan, today);
    const ready = MODEL.transitions.map((t) => yes(readyFor(plan, t.from)));
    return [plan.municipality.code, plan.wave, own.length, count(own, (f) => f.status === "Fuldført"), count(own, (f) => f.status === "Ikke relevant"), round(percentDone(own)), count(own, (f) => f.overdue), ...ready, next?.name ?? "", yes(next !== undefined && readyFor(plan, next.from)), errorsOf(plan.municipality.code, "Fejl"), errorsOf(plan.municipality.code, "Advarsler")];
  });
  const waves = WAVES.map(({ wave }) => {
    const members = plans.filter((p) => p.wave === wave);
    const own = facts.filter((f) => f.wave === wave);
    const ready = count(members, (p) => {
      const next = nextTransition(p, today);
      return next !== undefined && readyFor(p, next.from);
    });
    const errors = (key: "Fejl" | "Advarsler") => members.reduce((sum, p) => sum + errorsOf(p.municipality.code, key), 0);
    return [wave, members.length, members.length, own.length, count(own, (f) => f.status === "Fuldført"), count(own, (f) => f.status === "Ikke relevant"), round(percentDone(own)), count(own, (f) => f.overdue), ready, errors("Fejl"), errors("Advarsler")];
  });
  const phases = WAVES.flatMap(({ wave }) =>
    MODEL.phases.map((phase) => {
      const own = facts.filter((f) => f.wave === wave && f.phase === phase.label.da);
      const known = MODEL.statuses.map((s) => count(own, (f) => f.status === s.label.da));
      return [wave, phase.label.da, ...known, own.length - known.reduce((a, b) => a + b, 0), own.length, count(own, (f) => f.overdue)];
    }),
  );
  const themes = MODEL.themes.map((theme) => {
    const own = facts.filter((f) => f.theme === theme.name.da);
    const known = MODEL.statuses.map((s) => count(own, (f) => f.status === s.label.da));
    return [theme.name.da, ...known, own.length - known.reduce((a, b) => a + b, 0), own.length, round(percentDone(own)), count(own, (f) => f.overdue)];
  });
  return { municipalities, waves, phases, themes, facts };
}

function actualTables(workbook: ExcelJS.Workbook) {
  const transitions = MODEL.transitions.map((t) => `Klar ${t.name.da.replace("Faseovergang ", "")}`);
  return {
    municipalities: readTable(workbook, "Kommuner").map((r) => [r.Kommunekode, r.Bølge, r.Opgaver, r.Fuldført, r["Ikke relevant"], round(r["Pct. færdig"]), r.Forsinket, ...transitions.map((t) => r[t]), r["Næste faseovergang"] ?? "", r["Klar til næste"], r.Fejl, r.Advarsler]),
    waves: readTable(workbook, "Bølgestatus").map((r) => [r.Bølge, r.Kommuner, r["Med plan"], r.Opgaver, r.Fuldført, r["Ikke relevant"], round(r["Pct. færdig"]), r.Forsinket, r["Klar til næste"], r.Fejl, r.Advarsler]),
    phases: readTable(workbook, "Fasestatus").map((r) => [r.Bølge, r.Fase, ...MODEL.statuses.map((s) => r[s.label.da]), r.Andet, r["I alt"], r.Forsinket]),
    themes: readTable(workbook, "Temastatus").map((r) => [r.Tema, ...MODEL.statuses.map((s) => r[s.label.da]), r.Andet, r["I alt"], round(r["Pct. færdig"]), r.Forsinket]),
  };
}

function kpis(workbook: ExcelJS.Workbook): Record<string, unknown> {
  const ws = workbook.getWorksheet("Overblik") as ExcelJS.Worksheet;
  const values: Record<string, unknown> = {};
  for (let row = 7; row <= 15; row++) {
    const cell = ws.getCell(`B${row}`);
    values[String(ws.getCell(`A${row}`).value)] = round(cell.formula ? cell.result : cell.value);
  }
  return values;
}

describe("rolling up 98 returned plans", () => {
  const dir = tempDir("implan-e2e-rollup-");
  const plansDir = path.join(dir, "retur");
  mkdirSync(plansDir);
  const plans = fill(random(20270115));

  test("the overview recalculated by LibreOffice equals an independent count of the inputs, before and after edits", async () => {
    for (const plan of plans) {
      const file = await writePlan(plansDir, { municipality: plan.municipality, goLive: plan.goLive, wave: plan.wave });
      await editPlan(file, { statuses: plan.statuses, assessments: plan.assessments });
    }
    const csv = path.join(dir, "udrulning.csv");
    writeFileSync(csv, ["kommune;bølge;golive", ...plans.map((p) => `${p.municipality.code};${p.wave};${p.goLive}`)].join("\n"));
    const out = path.join(dir, "status.xlsx");
    const today = "2027-01-15";
    const result = await implan("rollup", plansDir, "--rollout", csv, "--out", out, "--today", today);
    expect(result.stdout).toMatch(/^\[98\/98\] /m);
    expect([0, 1]).toContain(result.code);

    const recalculated = await openWorkbook(recalculate(out));
    const files = readTable(recalculated, "Filer");
    expect(files).toHaveLength(98);
    const findings = readTable(recalculated, "Fund");
    for (const file of files) expect(file.Fejl).toBe(count(findings, (f) => f.Fil === file.Fil && f.Alvor === "Fejl"));
    const expected = expectedTables(plans, today, files);
    expect(actualTables(recalculated)).toEqual({ municipalities: expected.municipalities, waves: expected.waves, phases: expected.phases, themes: expected.themes });
    expect(readTable(recalculated, "Status").map((r) => r.Forsinket)).toEqual(expected.facts.map((f) => yes(f.overdue)));
    const facts = expected.facts;
    expect(kpis(recalculated)).toEqual({
      Kommuner: 98,
      "Med plan": 98,
      Opgaver: 98 * 34,
      "Pct. færdig": round(percentDone(facts)),
      "Forsinkede opgaver": count(facts, (f) => f.overdue),
      "Klar til næste faseovergang": expected.waves.reduce((sum, w) => sum + Number(w[8]), 0),
      "Filer med fejl": count(files, (f) => Number(f.Fejl) > 0),
      "Fejl i alt": files.reduce((sum, f) => sum + Number(f.Fejl), 0),
      "Advarsler i alt": files.reduce((sum, f) => sum + Number(f.Advarsler), 0),
    });

    // Edit the rolled-up file as a consultant would: mark tasks done, meet criteria, move the date.
    const edited = await openWorkbook(out);
    const statusSheet = edited.getWorksheet("Status") as ExcelJS.Worksheet;
    const criteriaSheet = edited.getWorksheet("Kriterier") as ExcelJS.Worksheet;
    const next = random(7);
    for (let row = 2; row <= 98 * 34 + 1; row++) {
      if (next() < 0.2) statusSheet.getCell(`J${row}`).value = "Fuldført";
    }
    for (let row = 2; row <= 98 * 18 + 1; row++) {
      if (next() < 0.3) criteriaSheet.getCell(`G${row}`).value = "Opfyldt";
    }
    const later = "2027-06-15";
    (edited.getWorksheet("Overblik") as ExcelJS.Worksheet).getCell("B4").value = toExcelSerial(parseIsoDate(later));
    const editedFile = path.join(dir, "redigeret.xlsx");
    await edited.xlsx.writeFile(editedFile);

    const again = await openWorkbook(recalculate(editedFile));
    const status = readTable(again, "Status");
    const criteria = readTable(again, "Kriterier");
    const fromTables: Filled[] = plans.map((plan) => ({
      ...plan,
      statuses: Object.fromEntries(status.filter((r) => r.Kommunekode === plan.municipality.code).map((r) => [r.ID, String(r.Status ?? "")])),
      assessments: Object.fromEntries(criteria.filter((r) => r.Kommunekode === plan.municipality.code).map((r) => [r.ID, [String(r.Vurdering ?? ""), String(r.Begrundelse ?? "")]])),
    }));
    const afterEdits = expectedTables(fromTables, later, readTable(again, "Filer"));
    expect(actualTables(again)).toEqual({ municipalities: afterEdits.municipalities, waves: afterEdits.waves, phases: afterEdits.phases, themes: afterEdits.themes });
    expect(actualTables(again)).not.toEqual(actualTables(recalculated));
  });
});
