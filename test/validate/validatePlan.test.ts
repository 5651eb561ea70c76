/** All rules together: a clean plan gives nothing, findings come in sheet order, inputs stay untouched. */
import { parseVariant } from "../../src/model";
import { parseIsoDate } from "../../src/plan/dates";
import { validatePlan } from "../../src/plan/validation";
import { buildPlanWorkbook } from "../../src/workbook/build";
import { readSnapshot } from "../../src/workbook/readSnapshot";
import { descriptionView } from "../support/descriptionView";
import { freshSnapshot, setCriterion, setTask } from "./support";

const options = { variant: parseVariant({}), today: parseIsoDate("2026-05-01") };

describe("validatePlan", () => {
  test.each(["da", "en"] as const)("a freshly generated %s plan gives zero findings", (lang) => {
    const variant = parseVariant({
      workdaysOnly: true,
      removedTasks: ["ITM-05"],
      deviations: [{ field: "removedTasks.ITM-05", description: "Ingen konvertering", approvedBy: "KOMBIT" }],
      localTasks: [{ id: "L-01", theme: "ORG", title: "Lokal styregruppe", phase: "F1" }],
    });
    const snapshot = readSnapshot(descriptionView(buildPlanWorkbook({ goLive: parseIsoDate("2027-03-01"), lang, variant })));
    expect(validatePlan(snapshot, { variant, today: parseIsoDate("2026-05-01") }).findings).toEqual([]);
  });

  test("sorts findings by sheet order, then row, then column", () => {
    const snapshot = freshSnapshot();
    setTask(snapshot, "GEV-01", "status", "igang");
    setTask(snapshot, "PRJ-02", "completed", "i går");
    setTask(snapshot, "PRJ-01", "status", "xx");
    setCriterion(snapshot, "F1-K1", "assessment", "måske");
    const { findings } = validatePlan(snapshot, options);
    expect(findings.map((f) => `${f.sheet}!${f.cell}`)).toEqual([
      "Fase 1 Opstart!C9",
      "Projektstyring og -ledelse!H5",
      "Projektstyring og -ledelse!I6",
      "Gevinster og værdier!H5",
    ]);
  });

  test("does not change the snapshot it checks", () => {
    const snapshot = freshSnapshot();
    setTask(snapshot, "PRJ-03", "status", "I gang");
    const before = structuredClone(snapshot);
    validatePlan(snapshot, options);
    expect(snapshot).toEqual(before);
  });

  test("refuses a today that is not a calendar date, as a programming error", () => {
    expect(() => validatePlan(freshSnapshot(), { ...options, today: new Date(2026, 4, 1, 12) })).toThrow(RangeError);
  });
});
