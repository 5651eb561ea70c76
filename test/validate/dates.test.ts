/** Go-live, overdue tasks and the phase windows: the rules that hang on the go-live date. */
import { parseVariant } from "../../src/model";
import type { PlanSnapshot } from "../../src/plan/snapshot";
import { goLiveRule } from "../../src/plan/validation/goLive";
import { overdueRule } from "../../src/plan/validation/overdue";
import { phaseWindowEditedRule, phaseWindowRule } from "../../src/plan/validation/phaseWindows";
import { PRJ, serial, setTask, testRuleCases } from "./support";

const FRONT = "Forside";
const setGoLive = (value: string | number | null) => (s: PlanSnapshot) => {
  if (s.goLive) s.goLive.cell.value = value;
};

describe("go-live", () => {
  const broken = (cell = "B8") => [
    { rule: "go-live", severity: "error" as const, sheet: FRONT, cell },
    { rule: "dates-not-checked", severity: "warning" as const, sheet: FRONT, cell },
  ];
  testRuleCases([
    { title: "a plausible date passes", rule: goLiveRule, expected: [] },
    { title: "an empty go-live is an error, and the date checks are reported as skipped", rule: goLiveRule, edit: setGoLive(null), expected: broken(), message: /Go-live mangler/ },
    { title: "a go-live pasted as text is an error that says to type it again", rule: goLiveRule, edit: setGoLive("01-03-2027"), expected: broken(), message: /"01-03-2027" er tekst, ikke en dato/ },
    { title: "a go-live that is no date is an error", rule: goLiveRule, edit: setGoLive("efter sommer"), expected: broken(), message: /"efter sommer" er ikke en dato/ },
    { title: "a go-live that is a number but no day (NaN) is an error, not a crash", rule: goLiveRule, edit: setGoLive(Number.NaN), expected: broken(), message: /ikke en dato/ },
    { title: "an infinite go-live is an error, not a crash", rule: goLiveRule, edit: setGoLive(Number.POSITIVE_INFINITY), expected: broken(), message: /ikke en dato/ },
    { title: "an implausible go-live is an error", rule: goLiveRule, edit: setGoLive(serial("1999-03-01") - 3650), expected: broken(), message: /ikke troværdig/ },
    {
      title: "a workbook whose GoLive name is gone points at the name",
      rule: goLiveRule,
      edit: (s) => {
        s.goLive = undefined;
      },
      expected: [
        { rule: "go-live", severity: "error", sheet: "", cell: "GoLive" },
        { rule: "dates-not-checked", severity: "warning", sheet: "", cell: "GoLive" },
      ],
    },
  ]);
});

describe("overdue", () => {
  testRuleCases([
    { title: "nothing is overdue before the first deadline", rule: overdueRule, options: { today: "2026-08-31" }, expected: [] },
    {
      title: "a task past its deadline and in progress is a warning at Deadline",
      rule: overdueRule,
      edit: (s) => setTask(s, "PRJ-02", "status", "I gang"),
      options: { today: "2026-09-01" },
      expected: [
        { rule: "overdue", severity: "warning", sheet: PRJ, cell: "G5", task: "PRJ-01" },
        { rule: "overdue", severity: "warning", sheet: PRJ, cell: "G6", task: "PRJ-02" },
        { rule: "overdue", severity: "warning", sheet: "Gevinster og værdier", cell: "G5", task: "GEV-01" },
        { rule: "overdue", severity: "warning", sheet: "Gevinster og værdier", cell: "G6", task: "GEV-02" },
        { rule: "overdue", severity: "warning", sheet: "It-sikkerhed og -aftaler", cell: "G6", task: "SIK-02" },
      ],
      message: /PRJ-01 skulle være fuldført senest 31-08-2026/,
    },
    {
      title: "Fuldført and Ikke relevant tasks are never overdue",
      rule: overdueRule,
      edit: (s) => {
        for (const id of ["PRJ-01", "GEV-01", "SIK-02"]) setTask(s, id, "status", "Fuldført");
        for (const id of ["PRJ-02", "GEV-02"]) setTask(s, id, "status", "Ikke relevant");
      },
      options: { today: "2026-09-01" },
      expected: [],
    },
    { title: "without a usable go-live nothing is reported as overdue", rule: overdueRule, edit: setGoLive("ukendt"), options: { today: "2030-01-01" }, expected: [] },
  ]);
});

describe("phase-window", () => {
  const moveStart = (iso: string) => (s: PlanSnapshot) => {
    s.phaseWindows[0].start.value = serial(iso);
  };
  testRuleCases([
    { title: "the default windows pass", rule: phaseWindowRule, expected: [] },
    { title: "a start within the model's range passes", rule: phaseWindowRule, edit: moveStart("2026-08-15"), expected: [] },
    {
      title: "a start before the model's range is an error at the start cell",
      rule: phaseWindowRule,
      edit: moveStart("2026-04-01"),
      expected: [{ rule: "phase-window", severity: "error", sheet: FRONT, cell: "B13" }],
      message: /Fase 1 Opstart starter 01-04-2026, uden for modellens interval \(9-6 måneder før go-live: 01-06-2026 til 01-09-2026\)/,
    },
    {
      title: "a start outside the range documented as a deviation in the variant passes",
      rule: phaseWindowRule,
      edit: moveStart("2026-04-01"),
      options: { variant: parseVariant({ deviations: [{ field: "phaseStarts.F1", description: "Tidlig opstart", approvedBy: "KOMBIT" }] }) },
      expected: [],
    },
  ]);
});

describe("phase-window-edited", () => {
  testRuleCases([
    { title: "formulas pass", rule: phaseWindowEditedRule, expected: [] },
    {
      title: "a date typed over a phase start formula is a warning",
      rule: phaseWindowEditedRule,
      edit: (s) => {
        delete s.phaseWindows[1].start.formula;
      },
      expected: [{ rule: "phase-window-edited", severity: "warning", sheet: FRONT, cell: "B14" }],
    },
  ]);
});
