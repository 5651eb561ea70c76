/** Changing a task's text or phase is a deviation from the model: fine once Bemærkning documents it. */
import { parseVariant } from "../../src/model";
import { taskPhaseChangedRule, taskTextChangedRule } from "../../src/plan/validation/deviation";
import { PRJ, setTask, testRuleCases } from "./support";

describe("task-text-changed", () => {
  testRuleCases([
    { title: "the model's text with extra spaces passes", rule: taskTextChangedRule, edit: (s) => setTask(s, "PRJ-01", "task", "  Udpeg   projektejer "), expected: [] },
    {
      title: "other text without a note is a warning at Opgave",
      rule: taskTextChangedRule,
      edit: (s) => setTask(s, "PRJ-01", "task", "Udpeg styregruppe"),
      expected: [{ rule: "task-text-changed", severity: "warning", sheet: PRJ, cell: "B5", task: "PRJ-01" }],
      message: /afviger fra modellens "Udpeg projektejer"; beskriv afvigelsen i Bemærkning/,
    },
    {
      title: "other text documented in Bemærkning passes",
      rule: taskTextChangedRule,
      edit: (s) => {
        setTask(s, "PRJ-01", "task", "Udpeg styregruppe");
        setTask(s, "PRJ-01", "note", "Styregruppen er projektejer, godkendt af KOMBIT");
      },
      expected: [],
    },
  ]);
});

describe("task-phase-changed", () => {
  testRuleCases([
    { title: "the plan's phase passes", rule: taskPhaseChangedRule, expected: [] },
    {
      title: "the phase the variant gives the task passes",
      rule: taskPhaseChangedRule,
      generatedWith: parseVariant({ tasks: { "PRJ-01": { phase: "F2" } } }),
      options: { variant: parseVariant({ tasks: { "PRJ-01": { phase: "F2" } } }) },
      expected: [],
    },
    {
      title: "another phase without a note is a warning at Fase",
      rule: taskPhaseChangedRule,
      edit: (s) => setTask(s, "PRJ-01", "phase", "Fase 2 Forberedelse"),
      expected: [{ rule: "task-phase-changed", severity: "warning", sheet: PRJ, cell: "C5", task: "PRJ-01" }],
      message: /ændret fra "Fase 1 Opstart" til "Fase 2 Forberedelse"/,
    },
  ]);
});
