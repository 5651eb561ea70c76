import type { Lang, Text } from "./types";

/**
 * An error caused by what the user gave us (a date, a file, a name). Its message is one sentence
 * that says what to fix, in Danish and English; the CLI and the task pane show it without a stack.
 */
export class UserError extends Error {
  readonly text: Text;

  constructor(text: Text) {
    super(text.da);
    this.name = "UserError";
    this.text = text;
  }

  /** The message in the given language. */
  in(lang: Lang): string {
    return this.text[lang];
  }
}

/** True when `error` is a UserError (also across module copies). */
export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError || (error instanceof Error && error.name === "UserError" && "text" in error);
}
