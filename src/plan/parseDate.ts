import { UserError } from "../model/errors";
import type { Text } from "../model/types";
import { civilDate, isCalendarDate } from "./civil";

/**
 * Reading dates typed by people (the go-live date, a fixed deadline in a variant file). Strict: the
 * whole text must be one date in an accepted form, and the date must exist; otherwise a UserError
 * whose message, in Danish and English, names the input and says how to write it.
 */

/** The years we accept; anything outside is a typo, not a plan. */
export const PLAUSIBLE_YEARS = { first: 1990, last: 2100 } as const;

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const ISO_STRICT = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_FIRST = /^(\d{1,2})([-./])(\d{1,2})\2(\d{4})$/;

interface Parts {
  year: number;
  month: number;
  day: number;
  /** How the user wrote it, for the hint: "åååå-mm-dd" / "yyyy-mm-dd" etc. */
  form: Text;
  example: string;
}

const ISO_FORM: Text = { da: "åååå-mm-dd", en: "yyyy-mm-dd" };
const ANY_FORM: Text = {
  da: "åååå-mm-dd eller dd-mm-åååå (også med . eller / mellem tallene)",
  en: "yyyy-mm-dd or dd-mm-yyyy (also with . or / between the numbers)",
};

/**
 * Parse a date typed by a user: `yyyy-mm-dd`, or day first as `dd-mm-yyyy`, `dd.mm.yyyy` or
 * `dd/mm/yyyy` (day and month may have one digit; surrounding spaces are ignored). Years outside
 * 1990–2100 are rejected as implausible. Throws UserError otherwise.
 *
 * @example
 * parseDateInput("2027-03-01") //=> 2027-03-01T00:00:00.000Z
 * parseDateInput("01.03.2027") //=> 2027-03-01T00:00:00.000Z
 * parseDateInput("2027-02-30") // throws UserError: Datoen "2027-02-30" findes ikke. …
 */
export function parseDateInput(text: string): Date {
  const trimmed = String(text ?? "").trim();
  return toDate(trimmed, splitAnyForm(trimmed), ANY_FORM);
}

/**
 * Parse a date written strictly as `yyyy-mm-dd` (the form variant files use). Same checks and
 * errors as {@link parseDateInput}.
 *
 * @example
 * parseIsoDate("2027-03-01") //=> 2027-03-01T00:00:00.000Z
 * parseIsoDate("01-03-2027") // throws UserError
 */
export function parseIsoDate(text: string): Date {
  const trimmed = String(text ?? "").trim();
  const match = ISO_STRICT.exec(trimmed);
  const parts = match ? isoParts(match) : undefined;
  return toDate(trimmed, parts, ISO_FORM);
}

function splitAnyForm(text: string): Parts | undefined {
  const iso = ISO.exec(text);
  if (iso) return isoParts(iso);
  const dayFirst = DAY_FIRST.exec(text);
  if (!dayFirst) return undefined;
  const separator = dayFirst[2];
  return {
    day: Number(dayFirst[1]),
    month: Number(dayFirst[3]),
    year: Number(dayFirst[4]),
    form: { da: ["dd", "mm", "åååå"].join(separator), en: ["dd", "mm", "yyyy"].join(separator) },
    example: ["01", "03", "2027"].join(separator),
  };
}

function isoParts(match: RegExpExecArray): Parts {
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]), form: ISO_FORM, example: "2027-03-01" };
}

function toDate(text: string, parts: Parts | undefined, accepted: Text): Date {
  if (text === "") {
    throw new UserError({
      da: `Der mangler en dato. Skriv den som ${accepted.da}, fx 2027-03-01.`,
      en: `A date is missing. Write it as ${accepted.en}, e.g. 2027-03-01.`,
    });
  }
  const shown = quote(text);
  if (!parts || parts.month < 1 || parts.month > 12 || parts.day < 1 || parts.day > 31) {
    throw new UserError({
      da: `${shown} er ikke en dato. Skriv den som ${accepted.da}, fx 2027-03-01.`,
      en: `${shown} is not a date. Write it as ${accepted.en}, e.g. 2027-03-01.`,
    });
  }
  const { year, month, day, form, example } = parts;
  if (year < PLAUSIBLE_YEARS.first || year > PLAUSIBLE_YEARS.last) {
    const { first, last } = PLAUSIBLE_YEARS;
    throw new UserError({
      da: `Året i ${shown} ligger uden for ${first}–${last}. Skriv en dato fra ${first} til ${last} som ${form.da}, fx ${example}.`,
      en: `The year in ${shown} is outside ${first}–${last}. Write a date from ${first} to ${last} as ${form.en}, e.g. ${example}.`,
    });
  }
  if (!isCalendarDate(year, month, day)) {
    throw new UserError({
      da: `Datoen ${shown} findes ikke. Skriv den som ${form.da}, fx ${example}.`,
      en: `The date ${shown} does not exist. Write it as ${form.en}, e.g. ${example}.`,
    });
  }
  return civilDate(year, month, day);
}

/** The input in quotes, shortened so a pasted paragraph does not swamp the message. */
function quote(text: string): string {
  const max = 40;
  return `"${text.length > max ? `${text.slice(0, max - 1)}…` : text}"`;
}
