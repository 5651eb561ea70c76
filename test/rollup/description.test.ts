import { MODEL, MODEL_VERSION } from "../../src/model";
import type { Lang } from "../../src/model/types";
import { parseIsoDate, toExcelSerial } from "../../src/plan/dates";
import { aggregateRollup } from "../../src/plan/rollup/aggregate";
import type { FileRead } from "../../src/plan/rollup/types";
import { buildRollupWorkbook } from "../../src/workbook/rollup/build";
import type { CellValue, WorkbookDescription } from "../../src/workbook/types";

/** 98 plans of 34 tasks and 18 criteria each, as the rollup sees them after reading. */
function reads(): FileRead[] {
  return MODEL.municipalities.map((municipality, i) => ({
    name: `plan-${municipality.code}.xlsx`,
    kind: "plan",
    plan: {
      municipality,
      municipalityText: municipality.name,
      modelVersion: MODEL_VERSION,
      wave: (i % 3) + 1,
      goLive: toExcelSerial(parseIsoDate("2027-03-01")),
      transitions: { "F1-F2": 46266, "F2-F3": 46447, "F3-F4": 46461 },
      tasks: MODEL.tasks.map((t) => ({ id: t.id, title: t.title, theme: t.theme, phase: { id: t.defaultPhase, text: "" }, responsible: "Projektleder", status: { id: "i-gang", text: "I gang" }, deadline: 46300 })),
      criteria: MODEL.criteria.map((c) => ({ id: c.id, phase: c.phase, text: c.text, assessment: { id: "opfyldt", text: "Opfyldt" }, justification: "Aftalt med styregruppen" })),
      findings: [],
      gates: [],
    },
  }));
}

function description(lang: Lang): WorkbookDescription {
  return buildRollupWorkbook(aggregateRollup(reads(), { asOf: parseIsoDate("2027-01-15") }), lang);
}

function formulas(workbook: WorkbookDescription): string[] {
  const values: CellValue[] = workbook.sheets.flatMap((s) => [...s.cells.map((c) => c.value), ...s.tables.flatMap((t) => t.rows.flat())]);
  return values.flatMap((v) => (v.kind === "formula" ? [v.formula] : []));
}

/** Functions Excel 2016 and LibreOffice 7.4 both compute (no FILTER, UNIQUE, XLOOKUP, LET, …). */
const ALLOWED = new Set(["IF", "AND", "ISNUMBER", "IFERROR", "INDEX", "MATCH", "COUNTIFS", "SUMIFS", "COUNTA", "SUM"]);

describe.each(["da", "en"] as const)("the rollup workbook description (%s)", (lang) => {
  const workbook = description(lang);
  const all = formulas(workbook);

  test("uses only functions that Excel 2016 and LibreOffice 7.4 both compute", () => {
    const used = new Set(all.flatMap((f) => [...f.replace(/"[^"]*"/g, "").matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1])));
    expect([...used].filter((name) => !ALLOWED.has(name))).toEqual([]);
    expect(used.has("COUNTIFS")).toBe(true);
  });

  test("refers only to tables and columns it defines, and to the Statusdato name", () => {
    const tables = new Map(workbook.sheets.flatMap((s) => s.tables.map((t) => [t.name, new Set(t.columns.map((c) => c.header))] as const)));
    const references = all.flatMap((f) => [...f.replace(/"[^"]*"/g, "").matchAll(/([\p{L}_][\p{L}\d_.]*)\[(?:\[#This Row\],)?\[?([^\]]+)\]/gu)].map((m) => [m[1], m[2]]));
    expect(references.length).toBeGreaterThan(100);
    expect(references.filter(([table, column]) => !tables.get(table)?.has(column))).toEqual([]);
    expect(workbook.names.map((n) => n.name)).toEqual(["Statusdato"]);
  });

  test("has one Status row per municipality and task and one Kriterier row per municipality and criterion", () => {
    const rows = (name: string) => workbook.sheets.flatMap((s) => s.tables).find((t) => t.name === name)?.rows.length;
    expect(rows("Status")).toBe(98 * 34);
    expect(rows("Kriterier")).toBe(98 * 18);
    expect(rows("Kommuner")).toBe(98);
    expect(rows("Fasestatus")).toBe(3 * 4);
  });

  test("keeps the Status table well under the add-in's 4 MB request budget", () => {
    const status = workbook.sheets.flatMap((s) => s.tables).find((t) => t.name === "Status");
    const payload = JSON.stringify(status?.rows.map((row) => row.map((v) => (v.kind === "formula" ? `=${v.formula}` : v.kind === "text" ? v.text : v.kind === "empty" ? "" : v.kind === "date" ? v.serial : v.value))));
    expect(payload.length).toBeLessThan(2 * 1024 * 1024);
  });
});
