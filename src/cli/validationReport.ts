/** The validation result as the CLI prints it: readable text grouped by sheet, or one JSON object. */
import type { Lang, Text, TransitionId } from "../model/types";
import type { Finding, ValidationResult } from "../plan/validation";

const WORDS = {
  error: { da: "fejl", en: "error" },
  warning: { da: "advarsel", en: "warning" },
  errors: { da: "fejl", en: "errors" },
  warnings: { da: "advarsler", en: "warnings" },
  and: { da: "og", en: "and" },
  workbook: { da: "(projektmappen)", en: "(the workbook)" },
  transitions: { da: "Faseovergange", en: "Phase transitions" },
  ready: { da: "klar", en: "ready" },
  notReady: { da: "ikke klar", en: "not ready" },
  clean: { da: "ingen fejl eller advarsler.", en: "no errors or warnings." },
} satisfies Record<string, Text>;

const TRANSITION_SHORT: Record<TransitionId, string> = { "F1-F2": "1→2", "F2-F3": "2→3", "F3-F4": "3→4" };

function counts(findings: Finding[]): { errors: number; warnings: number } {
  const errors = findings.filter((f) => f.severity === "error").length;
  return { errors, warnings: findings.length - errors };
}

/** "plan.xlsx: 3 fejl og 2 advarsler." */
export function summaryLine(file: string, result: ValidationResult, lang: Lang): string {
  const { errors, warnings } = counts(result.findings);
  if (errors + warnings === 0) return `${file}: ${WORDS.clean[lang]}`;
  const errorWord = errors === 1 ? WORDS.error[lang] : WORDS.errors[lang];
  const warningWord = warnings === 1 ? WORDS.warning[lang] : WORDS.warnings[lang];
  return `${file}: ${errors} ${errorWord} ${WORDS.and[lang]} ${warnings} ${warningWord}.`;
}

/** The report: a summary line, findings under their sheet's name, then the gate of each transition. */
export function formatReport(file: string, result: ValidationResult, lang: Lang): string {
  const lines = [summaryLine(file, result, lang)];
  const sheets = [...new Set(result.findings.map((f) => f.sheet))];
  const cellWidth = Math.max(4, ...result.findings.map((f) => f.cell.length));
  const taskWidth = Math.max(0, ...result.findings.map((f) => (f.task ?? "").length));
  for (const sheet of sheets) {
    lines.push("", sheet === "" ? WORDS.workbook[lang] : sheet);
    for (const f of result.findings.filter((x) => x.sheet === sheet)) {
      const severity = WORDS[f.severity][lang].padEnd(8);
      lines.push(`  ${f.cell.padEnd(cellWidth)}  ${severity}  ${(f.task ?? "").padEnd(taskWidth)}  ${f.message[lang]}  [${f.rule}]`);
    }
  }
  lines.push("", WORDS.transitions[lang]);
  for (const gate of result.gates) {
    const state = gate.ready ? WORDS.ready[lang] : WORDS.notReady[lang];
    lines.push(`  ${TRANSITION_SHORT[gate.transition]}  ${state}: ${gate.reasons.map((r) => r[lang]).join("; ")}.`);
  }
  return lines.join("\n");
}

/** The --json form: { file, errors, warnings, issues, gates } with messages in `lang`. */
export function jsonReport(file: string, result: ValidationResult, lang: Lang): object {
  return {
    file,
    ...counts(result.findings),
    issues: result.findings.map((f) => ({ rule: f.rule, severity: f.severity, sheet: f.sheet, cell: f.cell, task: f.task ?? null, message: f.message[lang] })),
    gates: result.gates.map((g) => ({ transition: g.transition, ready: g.ready, reasons: g.reasons.map((r) => r[lang]), startedInNextPhase: g.startedInNextPhase })),
  };
}
