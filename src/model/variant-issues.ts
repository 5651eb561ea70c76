import type { z } from "zod";
import { nearMatches, quotedList } from "./distance";
import { formatPath, type VariantProblem } from "./variant-error";
import type { Text } from "./types";

/**
 * Turns zod's issues (English only, generic) into variant problems with a JSON path and text in
 * Danish and English. Custom checks bring their own text in `params`; the rest is worded here.
 */

type Issue = z.core.$ZodIssue;

/** The parts of a zod schema's definition we walk to find which keys an object allows. */
interface SchemaNode {
  _zod: {
    def: {
      type: string;
      innerType?: SchemaNode;
      in?: SchemaNode;
      shape?: Record<string, SchemaNode>;
      valueType?: SchemaNode;
      element?: SchemaNode;
    };
  };
}

function unwrap(node: SchemaNode): SchemaNode {
  const def = node._zod.def;
  const inner = def.innerType ?? (def.type === "pipe" ? def.in : undefined);
  return inner ? unwrap(inner) : node;
}

function child(node: SchemaNode, key: PropertyKey): SchemaNode | undefined {
  const def = unwrap(node)._zod.def;
  if (def.shape) return def.shape[String(key)];
  return def.valueType ?? def.element;
}

/** The keys the strict object at `path` accepts, or [] when the path leads elsewhere. */
export function allowedKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: SchemaNode | undefined = schema as unknown as SchemaNode;
  for (const key of path) node = node && child(node, key);
  const shape = node && unwrap(node)._zod.def.shape;
  return shape ? Object.keys(shape) : [];
}

function unknownKey(key: string, allowed: string[]): Text {
  // Short keys get a stricter match, so "F5" lists F1-F4 instead of guessing "F1".
  const near = nearMatches(key, allowed, Math.min(2, Math.ceil(key.length / 2) - 1)).slice(0, 1);
  if (near.length > 0) {
    return {
      da: `Ukendt felt "${key}"; mente du "${near[0]}"?`,
      en: `Unknown field "${key}"; did you mean "${near[0]}"?`,
    };
  }
  const list = allowed.join(", ");
  return {
    da: `Ukendt felt "${key}"; tilladte felter er: ${list}.`,
    en: `Unknown field "${key}"; allowed fields are: ${list}.`,
  };
}

const TYPE_TEXT: Record<string, Text> = {
  string: { da: "Skal være en tekst i anførselstegn.", en: "Must be a text in quotes." },
  number: { da: "Skal være et tal uden anførselstegn, fx -6.", en: "Must be a number without quotes, e.g. -6." },
  int: { da: "Skal være et helt tal, fx -6.", en: "Must be a whole number, e.g. -6." },
  boolean: { da: "Skal være true eller false.", en: "Must be true or false." },
  object: { da: "Skal være et objekt { ... }.", en: "Must be an object { ... }." },
  record: { da: "Skal være et objekt { ... }.", en: "Must be an object { ... }." },
  array: { da: "Skal være en liste [ ... ].", en: "Must be a list [ ... ]." },
};

function wrongType(issue: Extract<Issue, { code: "invalid_type" }>): Text {
  return (
    TYPE_TEXT[issue.expected] ?? {
      da: `Har en forkert type (forventet ${issue.expected}).`,
      en: `Has the wrong type (expected ${issue.expected}).`,
    }
  );
}

function bound(issue: Extract<Issue, { code: "too_small" | "too_big" }>): Text {
  const small = issue.code === "too_small";
  const limit = String(small ? issue.minimum : issue.maximum);
  if (issue.origin === "string" && small && limit === "1") return { da: "Må ikke være tom.", en: "Must not be empty." };
  if (issue.origin === "string") {
    return small
      ? { da: `Skal være mindst ${limit} tegn.`, en: `Must be at least ${limit} characters.` }
      : { da: `Må højst være ${limit} tegn.`, en: `Must be at most ${limit} characters.` };
  }
  return small
    ? { da: `Skal være mindst ${limit}.`, en: `Must be at least ${limit}.` }
    : { da: `Må højst være ${limit}.`, en: `Must be at most ${limit}.` };
}

const MISSING: Text = { da: "Feltet mangler.", en: "The field is missing." };

/** Needs the issue's input, so parse with `reportInput: true`. */
function describe(issue: Issue): Text {
  const missing = issue.input === undefined && (issue.code === "invalid_type" || issue.code === "invalid_value");
  if (missing) return MISSING;
  switch (issue.code) {
    case "invalid_type":
      return wrongType(issue);
    case "too_small":
    case "too_big":
      return bound(issue);
    case "invalid_value": {
      const values = issue.values.map(String);
      return { da: `Skal være ${quotedList(values, "eller")}.`, en: `Must be ${quotedList(values, "or")}.` };
    }
    case "custom":
      if (typeof issue.params?.da === "string" && typeof issue.params?.en === "string") {
        return { da: issue.params.da, en: issue.params.en };
      }
      break;
  }
  return { da: `Ugyldig værdi (${issue.message}).`, en: `Invalid value (${issue.message}).` };
}

/** One problem per issue, and one per unknown key so that each names its own path. */
export function problemsFromIssues(issues: readonly Issue[], schema: z.ZodType): VariantProblem[] {
  return issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      const allowed = allowedKeys(schema, issue.path);
      return issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), ...unknownKey(key, allowed) }));
    }
    return [{ path: formatPath(issue.path), ...describe(issue) }];
  });
}
