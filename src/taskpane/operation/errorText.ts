/**
 * Any failure as a sentence in both languages. Host failures are UserErrors that already say what
 * happened and what to do; anything else is a bug or an Excel surprise, shown with its message.
 */
import type { Text } from "../../model/types";

export type { Text };

function isText(value: unknown): value is Text {
  return typeof value === "object" && value !== null && typeof (value as Text).da === "string" && typeof (value as Text).en === "string";
}

/**
 * @example errorText(new UserError({ da: "Ukendt kommune", en: "Unknown municipality" })) // → that text
 * @example errorText(new Error("boom")).en === "Something unexpected went wrong: boom"
 */
export function errorText(error: unknown): Text {
  // Checked by shape, not instanceof: the error may come from another chunk's copy of UserError.
  const text = typeof error === "object" && error !== null && "text" in error ? (error as { text: unknown }).text : undefined;
  if (isText(text)) return text;
  const message = error instanceof Error ? error.message : String(error);
  return {
    da: `Der skete en uventet fejl: ${message}`,
    en: `Something unexpected went wrong: ${message}`,
  };
}
