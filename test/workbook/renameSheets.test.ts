/** Keeping the names users gave the plan's sheets, with every reference moved along. */
import { parseVariant } from "../../src/model";
import { parseIsoDate } from "../../src/plan/dates";
import { buildPlanWorkbook } from "../../src/workbook/build";
import { renameInFormula, renameSheets } from "../../src/workbook/renameSheets";

const description = () => buildPlanWorkbook({ goLive: parseIsoDate("2027-03-01"), lang: "da", variant: parseVariant({}) });

describe("renameInFormula", () => {
  test.each([
    { formula: "'Fase 1 Opstart'!C9", from: "Fase 1 Opstart", to: "Fase 1", expected: "'Fase 1'!C9" },
    { formula: "Forside!B8+Forside2!B8", from: "Forside", to: "Start", expected: "'Start'!B8+Forside2!B8" },
    { formula: "Opgaver_PRJ[Status]", from: "Opgaver_PRJ", to: "X", expected: "Opgaver_PRJ[Status]" },
  ])("$formula: $from → $to", ({ formula, from, to, expected }) => {
    expect(renameInFormula(formula, from, to)).toBe(expected);
  });
});

describe("renameSheets", () => {
  test("renames by key and moves the workbook names along", () => {
    const renamed = renameSheets(description(), { front: "Start", "phase:F1": "Fase 1" });
    expect(renamed.sheets.map((s) => s.name)).toContain("Start");
    expect(renamed.names.find((n) => n.name === "GoLive")).toMatchObject({ sheet: "Start" });
    expect(renamed.names.find((n) => n.name === "Faseovergang12Klar")).toMatchObject({ sheet: "Fase 1" });
  });

  test("skips a name another sheet already has, and leaves the input unchanged", () => {
    const original = description();
    const before = structuredClone(original);
    const renamed = renameSheets(original, { "phase:F1": "Fase 2 Forberedelse" });
    expect(renamed.sheets.find((s) => s.key === "phase:F1")?.name).toBe("Fase 1 Opstart");
    expect(original).toEqual(before);
  });
});
