/**
 * Status and Fuldført dato must tell the same story: a Fuldført task has the date it was done, that
 * date is a real date between the plan's start and today, only Fuldført tasks have one, and a task
 * set to Ikke relevant says why.
 */
import { isEmpty, dateOf, dateText, finding, idOf, shown, statusOf, statusText } from "./cells";
import { readsAsDate } from "./goLive";
import type { Finding, Rule, ValidationContext } from "./types";
import type { TaskRowSnapshot } from "../snapshot";

type RowCheck = (row: TaskRowSnapshot, context: ValidationContext) => Finding | undefined;

function perRow(check: RowCheck): Rule {
  return (context) => context.snapshot.tasks.flatMap((row) => check(row, context) ?? []);
}

/** completed-without-date: Fuldført, but Fuldført dato is empty. */
export const completedWithoutDateRule: Rule = perRow((row, { lang }) => {
  const cell = row.cells.completed;
  if (!cell || statusOf(row.cells.status, lang) !== "fuldfoert" || !isEmpty(cell)) return undefined;
  const id = idOf(row.cells.id);
  const done = statusText("fuldfoert", lang);
  return finding("completed-without-date", "error", row.sheet, cell.address, {
    da: `${id ?? "Opgaven"} er "${done}", men Fuldført dato er tom; skriv datoen, opgaven blev fuldført.`,
    en: `${id ?? "The task"} is "${done}", but the Completed date is empty; write the date the task was completed.`,
  }, id);
});

/** completed-date-not-date: Fuldført dato holds text (often a pasted date), a boolean or an error. */
export const completedDateNotDateRule: Rule = perRow((row) => {
  const cell = row.cells.completed;
  if (dateOf(cell).kind !== "not-a-date" || !cell) return undefined;
  const value = shown(cell);
  const retype = typeof cell.value === "string" && readsAsDate(cell.value);
  return finding("completed-date-not-date", "error", row.sheet, cell.address, retype
    ? {
        da: `Fuldført dato ${value} er tekst, ikke en dato; skriv datoen igen, så Excel genkender den som dato.`,
        en: `The Completed date ${value} is text, not a date; type the date again so that Excel recognises it as a date.`,
      }
    : {
        da: `Fuldført dato ${value} er ikke en dato; skriv datoen, opgaven blev fuldført, fx 01-03-2027.`,
        en: `The Completed date ${value} is not a date; write the date the task was completed, e.g. 01-03-2027.`,
      }, idOf(row.cells.id));
});

/** completed-date-future: a task cannot have been completed after today. */
export const completedDateFutureRule: Rule = perRow((row, { today }) => {
  const cell = row.cells.completed;
  const parsed = dateOf(cell);
  if (parsed.kind !== "date" || !cell || parsed.date <= today) return undefined;
  const [when, now] = [dateText(parsed.date), dateText(today)];
  return finding("completed-date-future", "error", row.sheet, cell.address, {
    da: `Fuldført dato ${when.da} ligger efter i dag (${now.da}); en opgave kan ikke være fuldført i fremtiden, så ret datoen.`,
    en: `The Completed date ${when.en} is after today (${now.en}); a task cannot be completed in the future, so correct the date.`,
  }, idOf(row.cells.id));
});

/** completed-date-before-start: done before the plan began; possible, but usually a mistyped year. */
export const completedDateBeforeStartRule: Rule = perRow((row, { windows }) => {
  const cell = row.cells.completed;
  const parsed = dateOf(cell);
  const start = windows?.[0]?.start;
  if (!start || parsed.kind !== "date" || !cell || parsed.date >= start) return undefined;
  const [when, first] = [dateText(parsed.date), dateText(start)];
  return finding("completed-date-before-start", "warning", row.sheet, cell.address, {
    da: `Fuldført dato ${when.da} ligger før planens start (${first.da}); tjek, at årstallet er rigtigt.`,
    en: `The Completed date ${when.en} is before the plan's start (${first.en}); check that the year is right.`,
  }, idOf(row.cells.id));
});

/** date-without-completion: a Fuldført dato on a task that is not Fuldført. */
export const dateWithoutCompletionRule: Rule = perRow((row, { lang }) => {
  const cell = row.cells.completed;
  const status = statusOf(row.cells.status, lang);
  // An unknown status is status-value's error and text is completed-date-not-date's; here only real dates count.
  if (!cell || dateOf(cell).kind !== "date" || status === undefined || status === "fuldfoert") return undefined;
  const id = idOf(row.cells.id);
  const [now, done] = [statusText(status, lang), statusText("fuldfoert", lang)];
  return finding("date-without-completion", "warning", row.sheet, cell.address, {
    da: `${id ?? "Opgaven"} har en Fuldført dato, men status er "${now}"; sæt status til "${done}", eller slet datoen.`,
    en: `${id ?? "The task"} has a Completed date, but its status is "${now}"; set the status to "${done}", or delete the date.`,
  }, id);
});

/** not-relevant-without-reason: Ikke relevant needs a reason in Bemærkning. */
export const notRelevantWithoutReasonRule: Rule = perRow((row, { lang }) => {
  if (statusOf(row.cells.status, lang) !== "ikke-relevant" || !isEmpty(row.cells.note)) return undefined;
  const id = idOf(row.cells.id);
  const label = statusText("ikke-relevant", lang);
  const address = row.cells.note?.address ?? row.cells.status?.address ?? `A${row.row}`;
  return finding("not-relevant-without-reason", "error", row.sheet, address, {
    da: `${id ?? "Opgaven"} er "${label}" uden begrundelse; skriv i Bemærkning, hvorfor opgaven ikke er relevant.`,
    en: `${id ?? "The task"} is "${label}" without a reason; write in the Note why the task does not apply.`,
  }, id);
});
