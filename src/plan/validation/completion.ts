/**
 * Status and Fuldført dato must tell the same story: a Fuldført task has the date it was done, that
 * date is a real date between the plan's start and today, only Fuldført tasks have one, and a task
 * set to Ikke relevant says why.
 */
import { dateText, finding, shown, statusText } from "./cells";
import { readsAsDate } from "./goLive";
import { perTaskRow } from "./rows";
import type { Rule } from "./types";

/** completed-without-date: Fuldført, but Fuldført dato is empty. */
export const completedWithoutDateRule: Rule = perTaskRow((row, { lang }) => {
  const cell = row.cells.completed;
  if (!cell || row.status !== "fuldfoert" || row.completed.kind !== "empty") return undefined;
  const id = row.id;
  const done = statusText("fuldfoert", lang);
  return finding("completed-without-date", "error", row.sheet, cell.address, {
    da: `${id ?? "Opgaven"} er "${done}", men Fuldført dato er tom; skriv datoen, opgaven blev fuldført.`,
    en: `${id ?? "The task"} is "${done}", but the Completed date is empty; write the date the task was completed.`,
  }, id);
});

/** completed-date-not-date: Fuldført dato holds text (often a pasted date), a boolean or an error. */
export const completedDateNotDateRule: Rule = perTaskRow((row) => {
  const cell = row.cells.completed;
  if (row.completed.kind !== "not-a-date" || !cell) return undefined;
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
      }, row.id);
});

/** completed-date-future: a task cannot have been completed after today. */
export const completedDateFutureRule: Rule = perTaskRow((row, { today }) => {
  const cell = row.cells.completed;
  const parsed = row.completed;
  if (parsed.kind !== "date" || !cell || parsed.date <= today) return undefined;
  const [when, now] = [dateText(parsed.date), dateText(today)];
  return finding("completed-date-future", "error", row.sheet, cell.address, {
    da: `Fuldført dato ${when.da} ligger efter i dag (${now.da}); en opgave kan ikke være fuldført i fremtiden, så ret datoen.`,
    en: `The Completed date ${when.en} is after today (${now.en}); a task cannot be completed in the future, so correct the date.`,
  }, row.id);
});

/** completed-date-before-start: done before the plan began; possible, but usually a mistyped year. */
export const completedDateBeforeStartRule: Rule = perTaskRow((row, { windows }) => {
  const cell = row.cells.completed;
  const parsed = row.completed;
  const start = windows?.[0]?.start;
  if (!start || parsed.kind !== "date" || !cell || parsed.date >= start) return undefined;
  const [when, first] = [dateText(parsed.date), dateText(start)];
  return finding("completed-date-before-start", "warning", row.sheet, cell.address, {
    da: `Fuldført dato ${when.da} ligger før planens start (${first.da}); tjek, at årstallet er rigtigt.`,
    en: `The Completed date ${when.en} is before the plan's start (${first.en}); check that the year is right.`,
  }, row.id);
});

/** date-without-completion: a Fuldført dato on a task that is not Fuldført. */
export const dateWithoutCompletionRule: Rule = perTaskRow((row, { lang }) => {
  const cell = row.cells.completed;
  const status = row.status;
  // An unknown status is status-value's error and text is completed-date-not-date's; here only real dates count.
  if (!cell || row.completed.kind !== "date" || status === undefined || status === "fuldfoert") return undefined;
  const id = row.id;
  const [now, done] = [statusText(status, lang), statusText("fuldfoert", lang)];
  return finding("date-without-completion", "warning", row.sheet, cell.address, {
    da: `${id ?? "Opgaven"} har en Fuldført dato, men status er "${now}"; sæt status til "${done}", eller slet datoen.`,
    en: `${id ?? "The task"} has a Completed date, but its status is "${now}"; set the status to "${done}", or delete the date.`,
  }, id);
});

/** not-relevant-without-reason: Ikke relevant needs a reason in Bemærkning. */
export const notRelevantWithoutReasonRule: Rule = perTaskRow((row, { lang }) => {
  if (row.status !== "ikke-relevant" || row.hasNote) return undefined;
  const id = row.id;
  const label = statusText("ikke-relevant", lang);
  const address = row.cells.note?.address ?? row.cells.status?.address ?? `A${row.row}`;
  return finding("not-relevant-without-reason", "error", row.sheet, address, {
    da: `${id ?? "Opgaven"} er "${label}" uden begrundelse; skriv i Bemærkning, hvorfor opgaven ikke er relevant.`,
    en: `${id ?? "The task"} is "${label}" without a reason; write in the Note why the task does not apply.`,
  }, id);
});
