/** Status, Vurdering and Fase cells must hold one of the model's words, whatever paste did. */
import { assessmentValueRule, phaseValueRule, statusValueRule } from "../../src/plan/validation/values";
import { F1, PRJ, setCriterion, setTask, testRuleCases } from "./support";

describe("status-value", () => {
  testRuleCases([
    { title: "a status from the list passes", rule: statusValueRule, edit: (s) => setTask(s, "PRJ-02", "status", "I gang"), expected: [] },
    { title: "a status in other letter case passes, as Excel compares it", rule: statusValueRule, edit: (s) => setTask(s, "PRJ-02", "status", "i gang"), expected: [] },
    {
      title: "a pasted 'igang' is an error at the Status cell that suggests 'I gang'",
      rule: statusValueRule,
      edit: (s) => setTask(s, "PRJ-02", "status", "igang"),
      expected: [{ rule: "status-value", severity: "error", sheet: PRJ, cell: "H6", task: "PRJ-02" }],
      message: /"igang" er ikke en af de tilladte værdier; mente du "I gang"\?/,
    },
    {
      title: "an English word suggests the Danish value",
      rule: statusValueRule,
      edit: (s) => setTask(s, "PRJ-03", "status", "Completed"),
      expected: [{ rule: "status-value", severity: "error", sheet: PRJ, cell: "H7", task: "PRJ-03" }],
      message: /mente du "Fuldført"/,
    },
    {
      title: "a synonym suggests the value it means",
      rule: statusValueRule,
      edit: (s) => setTask(s, "PRJ-03", "status", "færdig"),
      expected: [{ rule: "status-value", severity: "error", sheet: PRJ, cell: "H7", task: "PRJ-03" }],
      message: /mente du "Fuldført"/,
    },
    {
      title: "an empty status is an error that lists the four values",
      rule: statusValueRule,
      edit: (s) => setTask(s, "PRJ-01", "status", null),
      expected: [{ rule: "status-value", severity: "error", sheet: PRJ, cell: "H5", task: "PRJ-01" }],
      message: /Status er tom; vælg "Ikke startet", "I gang", "Fuldført" eller "Ikke relevant"/,
    },
    {
      title: "a word close to none of them lists the four values",
      rule: statusValueRule,
      edit: (s) => setTask(s, "PRJ-01", "status", "xq"),
      expected: [{ rule: "status-value", severity: "error", sheet: PRJ, cell: "H5", task: "PRJ-01" }],
      message: /vælg "Ikke startet"/,
    },
    {
      title: "a number in the Status cell is an error",
      rule: statusValueRule,
      edit: (s) => setTask(s, "PRJ-01", "status", 3),
      expected: [{ rule: "status-value", severity: "error", sheet: PRJ, cell: "H5", task: "PRJ-01" }],
    },
  ]);
});

describe("assessment-value", () => {
  testRuleCases([
    { title: "an assessment from the list passes", rule: assessmentValueRule, edit: (s) => setCriterion(s, "F1-K2", "assessment", "Opfyldt"), expected: [] },
    {
      title: "'delvis' is an error at the Vurdering cell that suggests 'Delvist opfyldt'",
      rule: assessmentValueRule,
      edit: (s) => setCriterion(s, "F1-K2", "assessment", "delvis"),
      expected: [{ rule: "assessment-value", severity: "error", sheet: F1, cell: "C10", task: "F1-K2" }],
      message: /mente du "Delvist opfyldt"/,
    },
    {
      title: "an Excel error value is an error shown as itself",
      rule: assessmentValueRule,
      edit: (s) => setCriterion(s, "F1-K1", "assessment", { error: "#N/A" }),
      expected: [{ rule: "assessment-value", severity: "error", sheet: F1, cell: "C9", task: "F1-K1" }],
      message: /Vurdering #N\/A/,
    },
  ]);
});

describe("phase-value", () => {
  testRuleCases([
    { title: "another of the four phases passes (that is a deviation, not an invalid value)", rule: phaseValueRule, edit: (s) => setTask(s, "PRJ-01", "phase", "Fase 2 Forberedelse"), expected: [] },
    {
      title: "a phase that is not in the model is an error at the Fase cell",
      rule: phaseValueRule,
      edit: (s) => setTask(s, "PRJ-01", "phase", "Fase 5"),
      expected: [{ rule: "phase-value", severity: "error", sheet: PRJ, cell: "C5", task: "PRJ-01" }],
    },
  ]);
});
