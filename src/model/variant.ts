import { deepFreeze } from "./freeze";
import type { Variant } from "./types";
import { VariantError } from "./variant-error";
import { problemsFromIssues } from "./variant-issues";
import { variantRuleProblems } from "./variant-rules";
import { variantSchema } from "./variant-schema";

export { VariantError, formatPath, type VariantProblem } from "./variant-error";
export { dateSpecSchema, isIsoDate, localTaskSchema, offsetSchema, variantSchema } from "./variant-schema";

/**
 * Reads a project's variant of the model from parsed JSON (never mutating it) and returns it typed,
 * with defaults filled in. Throws a VariantError listing every problem: first the shape problems;
 * the model rules are checked only once the shape is right, because they need the typed value.
 */
export function parseVariant(json: unknown): Variant {
  const result = variantSchema.safeParse(json, { reportInput: true });
  if (!result.success) throw new VariantError(problemsFromIssues(result.error.issues, variantSchema));
  const problems = variantRuleProblems(result.data);
  if (problems.length > 0) throw new VariantError(problems);
  return result.data;
}

/** The model as it is: no changes, Fase 4 runs 12 months, deadlines may fall on any day. */
export const DEFAULT_VARIANT: Variant = deepFreeze(parseVariant({}));
