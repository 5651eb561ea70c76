/** The self-check at each phase transition: criteria, work started early, and the gate summary. */
import { parseVariant } from "../../src/model";
import { parseIsoDate } from "../../src/plan/dates";
import type { PlanSnapshot } from "../../src/plan/snapshot";
import { buildContext } from "../../src/plan/validation/context";
import { gates, justificationMissingRule, phaseGateRule } from "../../src/plan/validation/gate";
import { F1, freshSnapshot, setCriterion, setTask, testRuleCases } from "./support";

const F1_CRITERIA = ["F1-K1", "F1-K2", "F1-K3", "F1-K4"];
const startPhase2 = (s: PlanSnapshot) => setTask(s, "PRJ-03", "status", "I gang");
const assessAll = (value: string) => (s: PlanSnapshot) => F1_CRITERIA.forEach((id) => setCriterion(s, id, "assessment", value));

describe("phase-gate", () => {
  testRuleCases([
    { title: "no work in the next phase: nothing to report, however the criteria stand", rule: phaseGateRule, expected: [] },
    {
      title: "work started in Fase 2 while Fase 1's criteria are not assessed is an error at each criterion",
      rule: phaseGateRule,
      edit: startPhase2,
      expected: F1_CRITERIA.map((id, i) => ({ rule: "phase-gate", severity: "error" as const, sheet: F1, cell: `C${9 + i}`, task: id })),
      message: /Arbejdet i Fase 2 Forberedelse er startet \(PRJ-03\), men F1-K1 er ikke vurderet; gennemfør selvtjekket ved faseovergang 1→2/,
    },
    {
      title: "work started with every criterion Opfyldt passes",
      rule: phaseGateRule,
      edit: (s) => {
        startPhase2(s);
        assessAll("Opfyldt")(s);
      },
      expected: [],
    },
    {
      title: "Delvist opfyldt without Begrundelse blocks, pointing at the Begrundelse cell",
      rule: phaseGateRule,
      edit: (s) => {
        startPhase2(s);
        assessAll("Opfyldt")(s);
        setCriterion(s, "F1-K3", "assessment", "Delvist opfyldt");
      },
      expected: [{ rule: "phase-gate", severity: "error", sheet: F1, cell: "D11", task: "F1-K3" }],
      message: /F1-K3 er delvist opfyldt uden begrundelse/,
    },
    {
      title: "Delvist opfyldt with a Begrundelse passes",
      rule: phaseGateRule,
      edit: (s) => {
        startPhase2(s);
        assessAll("Opfyldt")(s);
        setCriterion(s, "F1-K3", "assessment", "Delvist opfyldt");
        setCriterion(s, "F1-K3", "justification", "Business casen kommunikeres i næste fase");
      },
      expected: [],
    },
    {
      title: "Ikke opfyldt blocks, and a Fuldført task counts as started work",
      rule: phaseGateRule,
      edit: (s) => {
        setTask(s, "PRJ-03", "status", "Fuldført");
        assessAll("Opfyldt")(s);
        setCriterion(s, "F1-K4", "assessment", "Ikke opfyldt");
      },
      expected: [{ rule: "phase-gate", severity: "error", sheet: F1, cell: "C12", task: "F1-K4" }],
    },
  ]);
});

describe("justification-missing", () => {
  testRuleCases([
    { title: "Delvist opfyldt with a Begrundelse passes", rule: justificationMissingRule, edit: (s) => { setCriterion(s, "F4-K1", "assessment", "Delvist opfyldt"); setCriterion(s, "F4-K1", "justification", "Gevinstejer udpeget"); }, expected: [] },
    {
      title: "Delvist opfyldt without one is a warning at Begrundelse",
      rule: justificationMissingRule,
      edit: (s) => setCriterion(s, "F4-K1", "assessment", "Delvist opfyldt"),
      expected: [{ rule: "justification-missing", severity: "warning", sheet: "Fase 4 Forankring", cell: "D9", task: "F4-K1" }],
    },
    {
      title: "once the next phase has started, phase-gate reports it instead (as an error)",
      rule: justificationMissingRule,
      edit: (s) => {
        startPhase2(s);
        setCriterion(s, "F1-K1", "assessment", "Delvist opfyldt");
      },
      expected: [],
    },
  ]);
});

describe("the gate summary", () => {
  const summarize = (edit?: (s: PlanSnapshot) => void) => {
    const snapshot = freshSnapshot();
    edit?.(snapshot);
    return gates(buildContext(snapshot, parseVariant({}), parseIsoDate("2026-05-01")));
  };

  test("a new plan has three transitions, none ready, each with its criteria as reasons", () => {
    const result = summarize();
    expect(result.map((g) => [g.transition, g.ready, g.reasons.length])).toEqual([
      ["F1-F2", false, 4],
      ["F2-F3", false, 6],
      ["F3-F4", false, 4],
    ]);
    expect(result[0].reasons[0]).toEqual({ da: "F1-K1 er ikke vurderet", en: "F1-K1 is not assessed" });
  });

  test("a transition whose criteria are all met is ready, and says so", () => {
    const [gate] = summarize(assessAll("Opfyldt"));
    expect(gate.ready).toBe(true);
    expect(gate.reasons.map((r) => r.da)).toEqual(["alle 4 succeskriterier for Fase 1 Opstart er opfyldt eller delvist opfyldt med begrundelse"]);
  });

  test("the tasks started in the next phase are listed and counted", () => {
    const [gate] = summarize((s) => {
      startPhase2(s);
      setTask(s, "VID-01", "status", "Fuldført");
    });
    expect(gate.startedInNextPhase).toEqual(["PRJ-03", "VID-01"]);
    expect(gate.reasons.at(-1)?.da).toBe("2 opgaver i Fase 2 Forberedelse er i gang eller fuldført");
  });
});
