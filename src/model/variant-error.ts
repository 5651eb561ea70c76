import { UserError } from "./errors";

/** One thing wrong with a variant file: where (JSON path, e.g. "localTasks[2].id") and what. */
export interface VariantProblem {
  path: string;
  da: string;
  en: string;
}

function lines(problems: readonly VariantProblem[], lang: "da" | "en"): string {
  return problems.map((problem) => (problem.path ? `${problem.path}: ${problem[lang]}` : problem[lang])).join(" ");
}

/** A variant file that cannot be used; the message lists every problem found, in both languages. */
export class VariantError extends UserError {
  readonly variantProblems: VariantProblem[];

  constructor(problems: VariantProblem[]) {
    super({
      da: `Variantfilen er ugyldig: ${lines(problems, "da")}`,
      en: `The variant file is invalid: ${lines(problems, "en")}`,
    });
    this.name = "VariantError";
    this.variantProblems = problems;
  }
}

/** "tasks.PRJ-01.deadline", "localTasks[2].id": the path written the way it looks in the JSON. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, key) => {
    if (typeof key === "number") return `${text}[${key}]`;
    return text === "" ? String(key) : `${text}.${String(key)}`;
  }, "");
}
