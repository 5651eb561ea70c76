import { z } from "zod";
import { PHASE_IDS } from "./phases";
import { THEME_IDS } from "./themes";
import type { DateSpec, Offset, OffsetUnit, Text } from "./types";

/**
 * The shape of a variant file (a project's operationalisation of the model), checked with zod.
 * Objects are strict so that a misspelt key is an error instead of a silently ignored setting.
 * Custom checks carry their Danish and English text in `params`; see variant-issues.ts.
 */

const UNITS: readonly OffsetUnit[] = ["days", "weeks", "months"];

// Ten years either way: far beyond any rollout, small enough to keep date arithmetic sane.
const MAX_AMOUNT: Record<OffsetUnit, number> = { days: 3653, weeks: 522, months: 120 };

const LOCAL_TASK_ID = /^L-[A-Za-z0-9_-]{1,20}$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Refinement params that carry the problem text in both languages. The check runs only on an
 * otherwise clean value, so a misspelt key ("month") gives one problem, not also "no unit given".
 */
function says(text: Text): z.core.$ZodCustomParams {
  return { params: text, when: (payload) => payload.issues.length === 0 };
}

function amount(unit: OffsetUnit) {
  return z.int().min(-MAX_AMOUNT[unit]).max(MAX_AMOUNT[unit]).optional();
}

const offsetFields = { days: amount("days"), weeks: amount("weeks"), months: amount("months") };

function countPresent(value: Record<string, unknown>, keys: readonly string[]): number {
  return keys.filter((key) => value[key] !== undefined).length;
}

function toOffset(value: Partial<Record<OffsetUnit, number>>): Offset {
  const unit = UNITS.find((key) => value[key] !== undefined) as OffsetUnit;
  return { amount: value[unit] as number, unit };
}

/** True for a real calendar date written yyyy-mm-dd ("2027-02-30" is not one). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const ONE_UNIT = says({
  da: 'Angiv præcis ét af felterne "days", "weeks" eller "months" med et helt tal, fx { "months": -6 }.',
  en: 'Give exactly one of the fields "days", "weeks" or "months" with a whole number, e.g. { "months": -6 }.',
});

/** `{ "months": -6 }`: a signed distance from go-live in exactly one unit. */
export const offsetSchema = z
  .strictObject(offsetFields)
  .refine((value) => countPresent(value, UNITS) === 1, ONE_UNIT)
  .transform(toOffset);

const positiveOffsetSchema = offsetSchema.refine(
  (value) => value.amount > 0,
  says({ da: "Længden skal være større end 0.", en: "The length must be greater than 0." }),
);

const isoDateSchema = z.string().refine(
  isIsoDate,
  says({
    da: 'Skal være en rigtig dato på formen "åååå-mm-dd", fx "2027-01-31".',
    en: 'Must be a real date in the form "yyyy-mm-dd", e.g. "2027-01-31".',
  }),
);

/** `{ "weeks": -2 }` or `{ "date": "2027-01-31" }`: when a task starts or is due. */
export const dateSpecSchema = z
  .strictObject({ ...offsetFields, date: isoDateSchema.optional() })
  .refine(
    (value) => countPresent(value, [...UNITS, "date"]) === 1,
    says({
      da: 'Angiv præcis ét af felterne "days", "weeks", "months" eller "date", fx { "weeks": -2 } eller { "date": "2027-01-31" }.',
      en: 'Give exactly one of the fields "days", "weeks", "months" or "date", e.g. { "weeks": -2 } or { "date": "2027-01-31" }.',
    }),
  )
  .transform(({ date, ...units }): DateSpec =>
    date === undefined ? { kind: "offset", offset: toOffset(units) } : { kind: "fixed", date },
  );

const phaseIdSchema = z.enum(PHASE_IDS as readonly ["F1", "F2", "F3", "F4"]);
const themeIdSchema = z.enum(THEME_IDS as readonly ["PRJ", "GEV", "VID", "ORG", "UDI", "ITM", "SIK"]);

const requiredText = (max: number) => z.string().trim().min(1).max(max);

export const taskOverrideSchema = z.strictObject({
  phase: phaseIdSchema.optional(),
  start: dateSpecSchema.optional(),
  deadline: dateSpecSchema.optional(),
});

export const localTaskSchema = z.strictObject({
  id: z.string().refine(
    (id) => LOCAL_TASK_ID.test(id),
    says({
      da: 'Et lokalt opgave-id skal starte med "L-" efterfulgt af 1-20 bogstaver (a-z), cifre, "_" eller "-", fx "L-01".',
      en: 'A local task id must start with "L-" followed by 1-20 letters (a-z), digits, "_" or "-", e.g. "L-01".',
    }),
  ),
  theme: themeIdSchema,
  title: requiredText(255),
  phase: phaseIdSchema,
  start: dateSpecSchema.optional(),
  deadline: dateSpecSchema.optional(),
});

export const deviationSchema = z.strictObject({
  field: requiredText(255),
  description: requiredText(2000),
  approvedBy: requiredText(255),
});

export const phaseStartsSchema = z.strictObject({
  F1: offsetSchema.optional(),
  F2: offsetSchema.optional(),
  F3: offsetSchema.optional(),
  F4: offsetSchema.optional(),
});

/** The whole variant file; every key is optional and gets the model's default. */
export const variantSchema = z.strictObject({
  name: z.string().trim().max(255).default(""),
  phaseStarts: phaseStartsSchema.default(() => ({})),
  phase4Length: positiveOffsetSchema.default(() => ({ amount: 12, unit: "months" as const })),
  workdaysOnly: z.boolean().default(false),
  tasks: z.record(z.string(), taskOverrideSchema).default(() => ({})),
  removedTasks: z.array(z.string()).default(() => []),
  localTasks: z.array(localTaskSchema).default(() => []),
  deviations: z.array(deviationSchema).default(() => []),
});
