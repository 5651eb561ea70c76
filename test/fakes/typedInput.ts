/**
 * How Excel stores what is written through `range.values` or `range.formulas`: like text typed into
 * the cell. This is the rule that makes formula injection possible, so the fake applies it exactly:
 *  - a leading apostrophe means "text": it is dropped and the cell is marked quote-prefixed;
 *  - "=…" is a formula; "+…", "-…" and "@…" that are not plain numbers become formulas too;
 *  - number-, percent-, boolean- and ISO-date-looking text is converted to a number or boolean;
 *  - a cell formatted as Text ("@") keeps whatever string it gets.
 * Limits: Excel also converts locale-shaped dates, times and currency; the fake converts only the
 * shapes above, which is enough to show that a writer did not escape its text.
 */
export type Scalar = string | number | boolean;

export type Stored =
  | { kind: "skip" }
  | { kind: "clear" }
  | { kind: "constant"; value: Scalar; quotePrefix: boolean }
  | { kind: "formula"; formula: string };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^[+-]?(\d+(\.\d*)?|\.\d+)%$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1899-12-30, Excel's 1900 date system for dates after February 1900. */
function isoSerial(text: string): number | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const d = new Date(ms);
  if (d.getUTCMonth() !== Number(m[2]) - 1) return undefined;
  return Math.round((ms - Date.UTC(1899, 11, 30)) / 86400000);
}

export function interpretInput(input: unknown, numberFormat: string): Stored {
  if (input === null || input === undefined) return { kind: "skip" }; // Excel ignores null entries
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw new Error("not a finite number");
    return { kind: "constant", value: input, quotePrefix: false };
  }
  if (typeof input === "boolean") return { kind: "constant", value: input, quotePrefix: false };
  if (typeof input !== "string") throw new Error(`cannot store a ${typeof input}`);
  if (input === "") return { kind: "clear" };
  if (input.startsWith("'")) return { kind: "constant", value: input.slice(1), quotePrefix: true };
  if (numberFormat === "@") return { kind: "constant", value: input, quotePrefix: false };
  if (input.startsWith("=") && input.length > 1) return { kind: "formula", formula: input };
  if (NUMBER.test(input)) return { kind: "constant", value: Number(input), quotePrefix: false };
  if (PERCENT.test(input)) return { kind: "constant", value: Number(input.slice(0, -1)) / 100, quotePrefix: false };
  if (/^(true|false)$/i.test(input)) return { kind: "constant", value: input.toLowerCase() === "true", quotePrefix: false };
  const serial = isoSerial(input);
  if (serial !== undefined) return { kind: "constant", value: serial, quotePrefix: false };
  if (input.startsWith("+") || input.startsWith("-")) return { kind: "formula", formula: `=${input}` };
  if (input.startsWith("@") && input.length > 1) return { kind: "formula", formula: `=${input.slice(1)}` };
  return { kind: "constant", value: input, quotePrefix: false };
}
