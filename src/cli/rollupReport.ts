/** What `implan rollup` prints: a progress line per file, the cases to act on, a summary, or JSON. */
import type { Lang } from "../model/types";
import { toIsoDate } from "../plan/dates";
import type { RollupCounts } from "../plan/rollup/metrics";
import type { FileRead, RollupResult } from "../plan/rollup/types";
import type { RollupProgress } from "../xlsx/rollupSources";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function problems(errors: number, warnings: number, lang: Lang): string {
  return lang === "da" ? `${errors} fejl, ${plural(warnings, "advarsel", "advarsler")}` : `${plural(errors, "error", "errors")}, ${plural(warnings, "warning", "warnings")}`;
}

function describeRead(read: FileRead, lang: Lang): string {
  switch (read.kind) {
    case "skipped":
      return lang === "da" ? "sprunget over (ikke en .xlsx-fil)" : "skipped (not an .xlsx file)";
    case "unreadable":
      // The reason says what is wrong in a sentence of its own ("… kan ikke læses som regneark: …").
      return read.reason[lang];
    case "plan": {
      const errors = read.plan.findings.filter((f) => f.severity === "error").length;
      const who = read.plan.municipality?.name ?? (lang === "da" ? "ingen kommune" : "no municipality");
      return `${who}, ${problems(errors, read.plan.findings.length - errors, lang)}`;
    }
  }
}

/** "[12/98] implementeringsplan-0751-aarhus.xlsx: Aarhus, 3 fejl, 1 advarsel" */
export function progressLine(progress: RollupProgress, lang: Lang): string {
  return `[${progress.index}/${progress.total}] ${progress.read.name}: ${describeRead(progress.read, lang)}`;
}

/** One line per rollup-level finding (duplicate, unknown, missing, unreadable, …): what to act on. */
export function issueLines(result: RollupResult, lang: Lang): string[] {
  return result.findings.filter((f) => f.rule.startsWith("rollup-") || f.rule === "rollout-row").filter((f) => f.rule !== "rollup-unreadable" && f.rule !== "rollup-skipped").map((f) => `${f.file ?? f.municipality?.name ?? ""}: ${f.message[lang]}`);
}

const percent = (fraction: number | undefined) => (fraction === undefined ? "–" : `${Math.round(fraction * 100)} %`);

export function summaryLines(out: string, counts: RollupCounts, lang: Lang): string[] {
  const { files, total } = counts;
  if (lang === "da") {
    return [
      `Skrev ${out}: ${total.municipalities} kommuner, ${total.withPlan} med plan; filer: ${files.total} i alt, ${files.read + files.unknown} læst, ${files.unreadable} kan ikke læses, ${files.duplicate} dubletter, ${files.unknown} uden for udrulningen, ${files.noMunicipality} uden kommune, ${files.skipped} sprunget over; ${files.missing} kommuner mangler en plan.`,
      `Opgaver: ${total.tasks}, ${percent(total.percentDone)} færdige, ${total.overdue} forsinkede; ${total.readyForNext} kommuner klar til næste faseovergang; ${problems(total.errors, total.warnings, lang)}.`,
    ];
  }
  return [
    `Wrote ${out}: ${total.municipalities} municipalities, ${total.withPlan} with a plan; files: ${files.total} in all, ${files.read + files.unknown} read, ${files.unreadable} unreadable, ${files.duplicate} duplicates, ${files.unknown} outside the rollout, ${files.noMunicipality} without a municipality, ${files.skipped} skipped; ${files.missing} municipalities lack a plan.`,
    `Tasks: ${total.tasks}, ${percent(total.percentDone)} done, ${total.overdue} overdue; ${total.readyForNext} municipalities ready for the next transition; ${problems(total.errors, total.warnings, lang)}.`,
  ];
}

/** The --json object: where it wrote, the as-of date, every file, every municipality, the counts. */
export function jsonReport(out: string, result: RollupResult, counts: RollupCounts, lang: Lang): object {
  return {
    out,
    asOf: toIsoDate(result.asOf),
    files: result.files.map((f) => ({
      file: f.file ?? null,
      municipality: f.municipality ? { code: f.municipality.code, name: f.municipality.name } : null,
      wave: f.wave ?? null,
      modelVersion: f.modelVersion ?? null,
      outcome: f.outcome,
      used: f.used,
      errors: f.errors,
      warnings: f.warnings,
      message: f.message[lang],
    })),
    municipalities: result.municipalities.map((m) => ({ code: m.municipality.code, name: m.municipality.name, wave: m.wave ?? null, inRollout: m.inRollout, file: m.file ?? null })),
    counts,
    issues: issueLines(result, lang),
  };
}
