/** Renaming tables moves their structured references along; text, sheets and functions stay. */
import { parseVariant } from "../../src/model";
import { parseIsoDate } from "../../src/plan/dates";
import { buildPlanWorkbook } from "../../src/workbook/build";
import { mentionsSheet } from "../../src/workbook/renameSheets";
import { mentionsName, renameTableInFormula, renameTables } from "../../src/workbook/renameTables";

describe("renameTableInFormula", () => {
  test.each([
    { title: "a structured reference", formula: "COUNTA(Opgaver_PRJ[Status])", expected: "COUNTA(Ny_PRJ[Status])" },
    { title: "in any case", formula: "ROWS(opgaver_prj)", expected: "ROWS(Ny_PRJ)" },
    { title: "not inside quotes", formula: 'IF(A1="Opgaver_PRJ",Opgaver_PRJ[[#This Row],[ID]],"")', expected: 'IF(A1="Opgaver_PRJ",Ny_PRJ[[#This Row],[ID]],"")' },
    { title: "not a longer name", formula: "Opgaver_PRJ2[ID]&Opgaver_PRJ.x", expected: "Opgaver_PRJ2[ID]&Opgaver_PRJ.x" },
    { title: "not a sheet of that name", formula: "Opgaver_PRJ!A1+'Opgaver_PRJ'!B2", expected: "Opgaver_PRJ!A1+'Opgaver_PRJ'!B2" },
  ])("$title", ({ formula, expected }) => {
    expect(renameTableInFormula(formula, "Opgaver_PRJ", "Ny_PRJ")).toBe(expected);
  });
});

test.each([
  { formula: "GoLive-30", sheet: "Forside", table: "GoLive", expected: [false, true] },
  { formula: "'Fase 1'!B3+Forside!B8", sheet: "Fase 1", table: "Fase", expected: [true, false] },
  { formula: 'SUM(Opgaver_GEV[Status])&"Forside!"', sheet: "Forside", table: "Opgaver_GEV", expected: [false, true] },
])("mentionsSheet and mentionsName: $formula", ({ formula, sheet, table, expected }) => {
  expect([mentionsSheet(formula, sheet), mentionsName(formula, table)]).toEqual(expected);
});

test("renameTables renames the tables and every formula and conditional format that uses them, leaving the input as it was", () => {
  const original = buildPlanWorkbook({ goLive: parseIsoDate("2027-03-01"), lang: "da", variant: parseVariant({}) });
  const before = structuredClone(original);
  const renamed = renameTables(original, { Opgaver_PRJ: "Ny_PRJ" });
  const formulas = JSON.stringify(renamed.sheets.flatMap((s) => [...s.cells.map((c) => c.value), ...s.tables.flatMap((t) => t.rows.flat()), ...s.conditionalFormats]));
  expect(renamed.sheets.flatMap((s) => s.tables.map((t) => t.name))).toContain("Ny_PRJ");
  expect(formulas).toContain("Ny_PRJ[Status]");
  expect(formulas).not.toContain("Opgaver_PRJ[");
  expect(original).toEqual(before);
});
