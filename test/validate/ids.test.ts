/** Task and criterion IDs: known, unique, present; local tasks use their own "L-" prefix. */
import { parseVariant } from "../../src/model";
import type { PlanSnapshot } from "../../src/plan/snapshot";
import { criterionIdRule, criterionMissingRule, taskMissingRule } from "../../src/plan/validation/missingRows";
import { rowOutsideTableRule, taskIdDuplicateRule, taskIdMissingRule, taskIdUnknownRule } from "../../src/plan/validation/taskIds";
import { F1, PRJ, setCriterion, setTask, taskRow, testRuleCases } from "./support";

const withoutPrj04 = parseVariant({
  removedTasks: ["PRJ-04"],
  deviations: [{ field: "removedTasks.PRJ-04", description: "Kommunen har ingen early-life support", approvedBy: "KOMBIT" }],
});

describe("task-id-missing", () => {
  testRuleCases([
    { title: "a row with an ID passes", rule: taskIdMissingRule, expected: [] },
    {
      title: "a row whose ID was cleared is an error at the ID cell",
      rule: taskIdMissingRule,
      edit: (s) => setTask(s, "PRJ-02", "id", null),
      expected: [{ rule: "task-id-missing", severity: "error", sheet: PRJ, cell: "A6" }],
      message: /intet ID.*"L-"/,
    },
  ]);
});

describe("task-id-unknown", () => {
  testRuleCases([
    { title: "a local task with an L- ID passes", rule: taskIdUnknownRule, edit: (s) => setTask(s, "PRJ-02", "id", "L-07"), expected: [] },
    {
      title: "a model ID in lower case is an error that suggests the right spelling",
      rule: taskIdUnknownRule,
      edit: (s) => setTask(s, "PRJ-02", "id", "prj-02"),
      expected: [{ rule: "task-id-unknown", severity: "error", sheet: PRJ, cell: "A6", task: "prj-02" }],
      message: /ID "prj-02" findes ikke i modellen \(mente du "PRJ-02"\?\)/,
    },
    {
      title: "an ID that is neither the model's nor local is an error",
      rule: taskIdUnknownRule,
      edit: (s) => setTask(s, "PRJ-03", "id", "Egen-1"),
      expected: [{ rule: "task-id-unknown", severity: "error", sheet: PRJ, cell: "A7", task: "Egen-1" }],
    },
    {
      title: "a task the variant removed but that is still in the plan is a warning",
      rule: taskIdUnknownRule,
      options: { variant: withoutPrj04 },
      expected: [{ rule: "task-id-removed", severity: "warning", sheet: PRJ, cell: "A8", task: "PRJ-04" }],
    },
  ]);
});

describe("task-id-duplicate", () => {
  testRuleCases([
    { title: "unique IDs pass", rule: taskIdDuplicateRule, expected: [] },
    {
      title: "the second row with an ID is an error that points at the first",
      rule: taskIdDuplicateRule,
      edit: (s) => setTask(s, "PRJ-02", "id", "PRJ-01"),
      expected: [{ rule: "task-id-duplicate", severity: "error", sheet: PRJ, cell: "A6", task: "PRJ-01" }],
      message: /står også i 'Projektstyring og -ledelse'!A5/,
    },
  ]);
});

describe("task-missing", () => {
  const deleteRow = (id: string) => (s: PlanSnapshot) => {
    s.tasks = s.tasks.filter((t) => t !== taskRow(s, id));
  };
  testRuleCases([
    { title: "a plan with every task passes", rule: taskMissingRule, expected: [] },
    {
      title: "a deleted row is an error at its table's ID header",
      rule: taskMissingRule,
      edit: deleteRow("PRJ-02"),
      expected: [{ rule: "task-missing", severity: "error", sheet: PRJ, cell: "A4", task: "PRJ-02" }],
      message: /Opgave PRJ-02 \(Udpeg projektleder\) mangler i planen/,
    },
    { title: "a row of a task the variant removed may be deleted", rule: taskMissingRule, edit: deleteRow("PRJ-04"), options: { variant: withoutPrj04 }, expected: [] },
    {
      title: "a local task of the variant is expected too",
      rule: taskMissingRule,
      options: { variant: parseVariant({ localTasks: [{ id: "L-01", theme: "VID", title: "Lokal styregruppe", phase: "F2" }] }) },
      expected: [{ rule: "task-missing", severity: "error", sheet: "Viden og færdigheder", cell: "A4", task: "L-01" }],
    },
  ]);
});

describe("criterion-missing and criterion-id", () => {
  testRuleCases([
    { title: "every criterion once passes", rule: criterionMissingRule, expected: [] },
    {
      title: "a deleted criterion is an error at its table's ID header",
      rule: criterionMissingRule,
      edit: (s) => {
        s.criteria = s.criteria.filter((c) => c.cells.id?.value !== "F1-K2");
      },
      expected: [{ rule: "criterion-missing", severity: "error", sheet: F1, cell: "A8", task: "F1-K2" }],
    },
    {
      title: "a criterion ID that appears twice is an error at the second",
      rule: criterionIdRule,
      edit: (s) => setCriterion(s, "F1-K2", "id", "F1-K1"),
      expected: [{ rule: "criterion-id", severity: "error", sheet: F1, cell: "A10", task: "F1-K1" }],
    },
    {
      title: "a criterion row without an ID is an error",
      rule: criterionIdRule,
      edit: (s) => setCriterion(s, "F1-K3", "id", ""),
      expected: [{ rule: "criterion-id", severity: "error", sheet: F1, cell: "A11" }],
    },
  ]);
});

describe("row-outside-table", () => {
  testRuleCases([
    { title: "rows inside the table pass", rule: rowOutsideTableRule, expected: [] },
    {
      title: "a row typed under the table is a warning at its ID cell",
      rule: rowOutsideTableRule,
      edit: (s) => {
        taskRow(s, "PRJ-04").outsideTable = true;
      },
      expected: [{ rule: "row-outside-table", severity: "warning", sheet: PRJ, cell: "A8", task: "PRJ-04" }],
    },
  ]);
});
