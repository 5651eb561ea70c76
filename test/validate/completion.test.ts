/** Status and Fuldført dato tell the same story; Ikke relevant says why. */
import {
  completedDateBeforeStartRule,
  completedDateFutureRule,
  completedDateNotDateRule,
  completedWithoutDateRule,
  dateWithoutCompletionRule,
  notRelevantWithoutReasonRule,
} from "../../src/plan/validation/completion";
import type { PlanSnapshot } from "../../src/plan/snapshot";
import { PRJ, serial, setTask, testRuleCases } from "./support";

const completed = (date: string | number | null) => (s: PlanSnapshot) => {
  setTask(s, "PRJ-01", "status", "Fuldført");
  setTask(s, "PRJ-01", "completed", typeof date === "string" && /^\d{4}-/.test(date) ? serial(date) : date);
};

describe("completed-without-date", () => {
  testRuleCases([
    { title: "Fuldført with a date passes", rule: completedWithoutDateRule, edit: completed("2026-07-01"), expected: [] },
    {
      title: "Fuldført without a date is an error at the Fuldført dato cell",
      rule: completedWithoutDateRule,
      edit: completed(null),
      expected: [{ rule: "completed-without-date", severity: "error", sheet: PRJ, cell: "I5", task: "PRJ-01" }],
      message: /PRJ-01 er "Fuldført", men Fuldført dato er tom/,
    },
  ]);
});

describe("completed-date-not-date", () => {
  testRuleCases([
    { title: "a real date passes", rule: completedDateNotDateRule, edit: completed("2026-07-01"), expected: [] },
    {
      title: "a date pasted as text is an error that says to type it again",
      rule: completedDateNotDateRule,
      edit: completed("01.07.2026"),
      expected: [{ rule: "completed-date-not-date", severity: "error", sheet: PRJ, cell: "I5", task: "PRJ-01" }],
      message: /"01\.07\.2026" er tekst, ikke en dato; skriv datoen igen/,
    },
    {
      title: "text that is no date at all is an error that asks for the date",
      rule: completedDateNotDateRule,
      edit: completed("snart"),
      expected: [{ rule: "completed-date-not-date", severity: "error", sheet: PRJ, cell: "I5", task: "PRJ-01" }],
      message: /"snart" er ikke en dato/,
    },
  ]);
});

describe("completed-date-future", () => {
  testRuleCases([
    { title: "today itself passes", rule: completedDateFutureRule, edit: completed("2026-05-01"), options: { today: "2026-05-01" }, expected: [] },
    {
      title: "a date after today is an error",
      rule: completedDateFutureRule,
      edit: completed("2026-05-02"),
      options: { today: "2026-05-01" },
      expected: [{ rule: "completed-date-future", severity: "error", sheet: PRJ, cell: "I5", task: "PRJ-01" }],
      message: /02-05-2026 ligger efter i dag \(01-05-2026\)/,
    },
    {
      title: "a time of day on today does not make it the future",
      rule: completedDateFutureRule,
      edit: completed(serial("2026-05-01") + 0.75),
      options: { today: "2026-05-01" },
      expected: [],
    },
  ]);
});

describe("completed-date-before-start", () => {
  testRuleCases([
    { title: "the plan's first day passes", rule: completedDateBeforeStartRule, edit: completed("2026-06-01"), expected: [] },
    {
      title: "a date before the plan's start is a warning (usually a mistyped year)",
      rule: completedDateBeforeStartRule,
      edit: completed("2016-06-01"),
      expected: [{ rule: "completed-date-before-start", severity: "warning", sheet: PRJ, cell: "I5", task: "PRJ-01" }],
      message: /før planens start \(01-06-2026\)/,
    },
  ]);
});

describe("date-without-completion", () => {
  testRuleCases([
    { title: "no date on a task in progress passes", rule: dateWithoutCompletionRule, edit: (s) => setTask(s, "PRJ-01", "status", "I gang"), expected: [] },
    {
      title: "a date on a task in progress is a warning at the date",
      rule: dateWithoutCompletionRule,
      edit: (s) => {
        setTask(s, "PRJ-01", "status", "I gang");
        setTask(s, "PRJ-01", "completed", serial("2026-07-01"));
      },
      expected: [{ rule: "date-without-completion", severity: "warning", sheet: PRJ, cell: "I5", task: "PRJ-01" }],
      message: /status er "I gang"; sæt status til "Fuldført", eller slet datoen/,
    },
  ]);
});

describe("not-relevant-without-reason", () => {
  testRuleCases([
    {
      title: "Ikke relevant with a reason passes",
      rule: notRelevantWithoutReasonRule,
      edit: (s) => {
        setTask(s, "PRJ-04", "status", "Ikke relevant");
        setTask(s, "PRJ-04", "note", "Leverandøren står for early-life support");
      },
      expected: [],
    },
    {
      title: "Ikke relevant without a reason is an error at Bemærkning",
      rule: notRelevantWithoutReasonRule,
      edit: (s) => {
        setTask(s, "PRJ-04", "status", "Ikke relevant");
        setTask(s, "PRJ-04", "note", "   ");
      },
      expected: [{ rule: "not-relevant-without-reason", severity: "error", sheet: PRJ, cell: "J8", task: "PRJ-04" }],
    },
  ]);
});
