/** The self-check block, the transition names and the conditional formats of a generated plan. */
import { parseVariant } from "../../src/model";
import { parseIsoDate } from "../../src/plan/dates";
import { buildPlanWorkbook } from "../../src/workbook/build";
import type { SheetDescription, WorkbookDescription } from "../../src/workbook/types";

const build = (lang: "da" | "en" = "da"): WorkbookDescription => buildPlanWorkbook({ goLive: parseIsoDate("2027-03-01"), lang, variant: parseVariant({}) });
const sheetOf = (d: WorkbookDescription, key: string) => d.sheets.find((s) => s.key === key) as SheetDescription;
const formulaAt = (sheet: SheetDescription, address: string) => {
  const value = sheet.cells.find((c) => c.address === address)?.value;
  return value?.kind === "formula" ? value.formula : undefined;
};

/** Functions that Excel 2016 and LibreOffice 7.4 both compute. */
const ALLOWED = new Set(["AND", "OR", "NOT", "COUNTIF", "COUNTIFS", "SUMPRODUCT", "LEN", "TRIM", "ISNUMBER", "INT", "TODAY", "IFERROR", "INDEX", "MATCH", "EDATE", "WORKDAY"]);

describe("the self-check on the phase sheets", () => {
  test.each([
    { name: "Faseovergang12Klar", key: "phase:F1" },
    { name: "Faseovergang23Klar", key: "phase:F2" },
    { name: "Faseovergang34Klar", key: "phase:F3" },
  ])("$name points at the ready cell of its phase sheet, a formula on the criteria counts", ({ name, key }) => {
    const description = build();
    const sheet = sheetOf(description, key);
    const target = description.names.find((n) => n.name === name);
    expect(target?.sheet).toBe(sheet.name);
    expect(formulaAt(sheet, (target?.range ?? "").replace(/\$/g, ""))).toMatch(/^AND\(C\d+>0,C\d+=0\)$/);
  });

  test("Fase 4 shows its counts but has no transition after it", () => {
    const description = build();
    expect(description.names.filter((n) => n.name.startsWith("Faseovergang")).map((n) => n.name)).toEqual(["Faseovergang12Klar", "Faseovergang23Klar", "Faseovergang34Klar"]);
    expect(sheetOf(description, "phase:F4").cells.some((c) => c.value.kind === "formula" && c.value.formula.includes("Kriterier_F4[Vurdering]"))).toBe(true);
  });

  test("counts tasks across every theme table by structured reference, with the workbook's own words", () => {
    const sheet = sheetOf(build("en"), "phase:F1");
    const inProgress = sheet.cells.find((c) => c.value.kind === "text" && c.value.text === "In progress");
    const row = Number(inProgress?.address.slice(1));
    const count = formulaAt(sheet, `D${row}`) ?? "";
    expect(count.match(/COUNTIFS\(/g)).toHaveLength(7);
    expect(count).toContain('Opgaver_PRJ[Phase],"Phase 2 Preparation",Opgaver_PRJ[Status],"In progress"');
  });

  test("uses only functions that Excel 2016 and LibreOffice 7.4 both have", () => {
    const description = build();
    const formulas = description.sheets
      .filter((s) => s.kind === "phase" || s.kind === "theme")
      .flatMap((s) => [...s.cells.flatMap((c) => (c.value.kind === "formula" ? [c.value.formula] : [])), ...s.conditionalFormats.map((f) => f.formula)]);
    const used = new Set(formulas.flatMap((f) => [...f.replace(/"[^"]*"/g, "").matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1])));
    expect([...used].filter((fn) => !ALLOWED.has(fn))).toEqual([]);
  });
});

describe("conditional formats on a theme sheet", () => {
  test("mark invalid statuses, phases, completion dates, reasons and overdue deadlines, one column each", () => {
    const sheet = sheetOf(build(), "theme:PRJ");
    expect(sheet.conditionalFormats.map((f) => f.range)).toEqual(["H5:H58", "C5:C58", "I5:I58", "I5:I58", "J5:J58", "G5:G58"]);
    expect(sheet.conditionalFormats.at(-1)?.formula).toBe('AND(ISNUMBER($G5),$G5<TODAY(),$H5<>"Fuldført",$H5<>"Ikke relevant")');
    expect(new Set(sheet.conditionalFormats.map((f) => f.priority)).size).toBe(6);
  });
});
