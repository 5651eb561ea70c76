/**
 * The go-live cell: every date in the plan hangs on it, so when it is missing, not a date or
 * implausible, the date rules are not run (they would only echo this one error many times) and one
 * warning says which checks were skipped.
 */
import type { Text } from "../../model/types";
import { isUserError } from "../../model/errors";
import { parseDateInput, PLAUSIBLE_YEARS } from "../dates";
import type { PlanSnapshot, RawValue } from "../snapshot";
import { dateOf, dateText, finding, shownValue } from "./cells";
import type { Finding, Rule } from "./types";

const WRITE_IT: Text = { da: "skriv go-live-datoen som dato, fx 01-03-2027", en: "write the go-live date as a date, e.g. 01-03-2027" };

/** The go-live date, or the problem with the cell (in both languages). */
export function readGoLive(snapshot: PlanSnapshot): { date?: Date; problem?: Text } {
  const cell = snapshot.goLive?.cell;
  if (!snapshot.goLive) {
    return {
      problem: {
        da: "Navnet GoLive findes ikke længere i projektmappen; kør implan update med --go-live, så forsiden og navnet skrives igen.",
        en: "The name GoLive no longer exists in the workbook; run implan update with --go-live to write the front sheet and the name again.",
      },
    };
  }
  const parsed = dateOf(cell);
  if (parsed.kind === "empty") return { problem: { da: `Go-live mangler; ${WRITE_IT.da}.`, en: `Go-live is missing; ${WRITE_IT.en}.` } };
  if (parsed.kind === "not-a-date") return { problem: notADate(cell?.value ?? null) };
  const year = parsed.date.getUTCFullYear();
  if (year < PLAUSIBLE_YEARS.first || year > PLAUSIBLE_YEARS.last) {
    const { first, last } = PLAUSIBLE_YEARS;
    const when = dateText(parsed.date);
    return {
      problem: {
        da: `Go-live ${when.da} er ikke troværdig (året ligger uden for ${first}–${last}); ret datoen.`,
        en: `Go-live ${when.en} is implausible (the year is outside ${first}–${last}); correct the date.`,
      },
    };
  }
  return { date: parsed.date };
}

function notADate(value: RawValue): Text {
  const text = typeof value === "string" ? value : undefined;
  const quoted = shownValue(value);
  if (text !== undefined && readsAsDate(text)) {
    return {
      da: `Go-live ${quoted} er tekst, ikke en dato; skriv datoen igen, så Excel genkender den som dato.`,
      en: `Go-live ${quoted} is text, not a date; type the date again so that Excel recognises it as a date.`,
    };
  }
  return { da: `Go-live ${quoted} er ikke en dato; ${WRITE_IT.da}.`, en: `Go-live ${quoted} is not a date; ${WRITE_IT.en}.` };
}

/** True when the text is a date in a form people type (so the fix is to retype it, not to find one). */
export function readsAsDate(text: string): boolean {
  try {
    parseDateInput(text);
    return true;
  } catch (error) {
    if (isUserError(error)) return false;
    throw error;
  }
}

/** go-live: the go-live cell must hold a plausible date. */
export const goLiveRule: Rule = ({ snapshot }) => {
  const { problem } = readGoLive(snapshot);
  if (!problem) return [];
  const where = snapshot.goLive ? { sheet: snapshot.goLive.sheet, cell: snapshot.goLive.cell.address } : { sheet: "", cell: "GoLive" };
  const skipped: Finding = finding("dates-not-checked", "warning", where.sheet, where.cell, {
    da: "Forfaldne opgaver, fuldført-datoer før planens start og fasernes perioder er ikke kontrolleret, fordi go-live ikke kan bruges.",
    en: "Overdue tasks, completion dates before the plan's start and the phase windows were not checked, because go-live cannot be used.",
  });
  return [finding("go-live", "error", where.sheet, where.cell, problem), skipped];
};
