/**
 * What an interrupted re-plan left is read so that nothing is lost and nothing counts twice: a
 * leftover row whose entries the plan's own tables still hold is a copy; any other is read as a row
 * of the table it stands in for. And the temporary names never collide with what the workbook has.
 */
import type { SnapshotCell } from "../../src/plan/snapshot";
import type { OpenWorkbookView } from "../../src/excel/readView";
import { withoutLeftovers } from "../../src/excel/replanLeftovers";
import { keyOfTemporarySheet, temporarySheetNames, temporaryTableNames } from "../../src/excel/replanNames";

const HEADERS = ["ID", "Opgave", "Status", "Bemærkning"];
const row = (r: number, values: (string | null)[]): SnapshotCell[] => values.map((value, i) => ({ address: `${"ABCD"[i]}${r}`, value }));

function view(tables: { sheet: string; name: string; rows: (string | null)[][] }[]): OpenWorkbookView {
  return {
    source: "workbook",
    names: [],
    tableNames: tables.map((t) => t.name),
    definedNames: [],
    sheets: tables.map((t) => ({ name: t.sheet, cell: () => undefined, formulaCells: () => [], tables: [{ name: t.name, topLeft: "A4", headers: HEADERS, rows: t.rows.map((values, i) => row(5 + i, values)) }] })),
  };
}

const read = (v: OpenWorkbookView) => v.sheets.flatMap((s) => s.tables.map((t) => [s.name, t.name, t.rows.map((r) => r[0].value)]));

test.each([
  {
    title: "a leftover copy of a table that still stands is left out",
    input: [
      { sheet: "PRJ", name: "Opgaver_PRJ", rows: [["PRJ-01", "Opstart", "I gang", "Godkendt"]] },
      { sheet: "Implan_ny_theme-PRJ", name: "Implan_ny_Opgaver_PRJ", rows: [["PRJ-01", "Opstart", "I gang", "Godkendt"]] },
    ],
    expected: [["PRJ", "Opgaver_PRJ", ["PRJ-01"]]],
  },
  {
    title: "a leftover whose table is gone is read as that table",
    input: [{ sheet: "Implan_ny_theme-PRJ", name: "Implan_ny_Opgaver_PRJ", rows: [["PRJ-01", "Opstart", "I gang", "Godkendt"]] }],
    expected: [["Implan_ny_theme-PRJ", "Opgaver_PRJ", ["PRJ-01"]]],
  },
  {
    title: "a leftover row with entries found nowhere else is kept (an entry restored from a deleted Arkiv)",
    input: [
      { sheet: "PRJ", name: "Opgaver_PRJ", rows: [["PRJ-01", "Opstart", "Ikke startet", null], ["PRJ-02", "Plan", "I gang", null]] },
      { sheet: "Implan_ny2_theme-PRJ", name: "Implan_ny2_Opgaver_PRJ", rows: [["PRJ-01", "Opstart", "Fuldført", "Fra arkivet"], ["PRJ-02", "Plan", "I gang", null]] },
    ],
    expected: [
      ["PRJ", "Opgaver_PRJ", ["PRJ-01", "PRJ-02"]],
      ["Implan_ny2_theme-PRJ", "Opgaver_PRJ", ["PRJ-01"]],
    ],
  },
])("$title", ({ input, expected }) => {
  expect(read(withoutLeftovers(view(input)))).toEqual(expected);
});

test("temporary names carry the sheet's key and avoid every name the workbook has", () => {
  expect(temporarySheetNames(["front", "theme:PRJ"], ["implan_ny_front"])).toEqual(["Implan_ny2_front", "Implan_ny_theme-PRJ"]);
  expect(temporaryTableNames(["Arkiv", "Faser"], ["Implan_ny_Arkiv"])).toEqual({ Arkiv: "Implan_ny2_Arkiv", Faser: "Implan_ny_Faser" });
  expect(["Implan_ny2_theme-PRJ", "Implan_ny_phase-F1", "Implan_ny_notes", "Forside"].map(keyOfTemporarySheet)).toEqual(["theme:PRJ", "phase:F1", undefined, undefined]);
});
