import { isUserError, type UserError } from "../../src/model/errors";
import type { Text } from "../../src/model/types";
import { parseIsoDate, toIsoDate } from "../../src/plan/dates";

/** A calendar date from `yyyy-mm-dd`, for readable tests. */
export const day = (iso: string): Date => parseIsoDate(iso);

/** `yyyy-mm-dd` of a calendar date, for readable expectations. */
export const iso = (date: Date): string => toIsoDate(date);

/** The UserError that `fn` throws; fails the test when it throws nothing or something else. */
export function userErrorOf(fn: () => unknown): UserError {
  try {
    fn();
  } catch (error) {
    if (isUserError(error)) return error;
    throw error;
  }
  throw new Error("expected a UserError, but nothing was thrown");
}

/** The error text, with both languages present and non-empty. */
export function messageOf(fn: () => unknown): Text {
  const { text } = userErrorOf(fn);
  expect(text.da.length).toBeGreaterThan(0);
  expect(text.en.length).toBeGreaterThan(0);
  return text;
}
