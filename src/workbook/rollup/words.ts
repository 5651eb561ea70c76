/** How the rollup writes model words, waves and yes/no in its language. */
import { MODEL } from "../../model";
import type { AssessmentId, Lang, PhaseId, StatusId } from "../../model/types";
import type { Coded } from "../../plan/rollup/types";
import { num, text } from "../cells";
import type { CellValue } from "../types";
import { ROLLUP_LABELS } from "./labels";

type Labelled<T extends string> = { id: T; label: { da: string; en: string } };

function wordOf<T extends string>(values: readonly Labelled<T>[], coded: Coded<T>, lang: Lang): string {
  const value = coded.id === undefined ? undefined : values.find((v) => v.id === coded.id);
  return value ? value.label[lang] : coded.text;
}

/** A recognised word in the rollup's language (an English plan's "Completed" becomes "Fuldført"); anything else as typed. */
export const statusWord = (coded: Coded<StatusId>, lang: Lang) => wordOf(MODEL.statuses, coded, lang);
export const assessmentWord = (coded: Coded<AssessmentId>, lang: Lang) => wordOf(MODEL.assessments, coded, lang);
export const phaseWord = (coded: Coded<PhaseId>, lang: Lang) => wordOf(MODEL.phases, coded, lang);

export const statusLabelOf = (id: StatusId, lang: Lang) => (MODEL.statuses.find((s) => s.id === id) as Labelled<StatusId>).label[lang];
export const assessmentLabelOf = (id: AssessmentId, lang: Lang) => (MODEL.assessments.find((a) => a.id === id) as Labelled<AssessmentId>).label[lang];
export const phaseLabelOf = (id: PhaseId, lang: Lang) => (MODEL.phases.find((p) => p.id === id) as Labelled<PhaseId>).label[lang];

/** The Bølge cell: the number, or "Uden bølge" so COUNTIFS and PivotTables can pick the group out. */
export function waveCell(wave: number | undefined, lang: Lang): CellValue {
  return wave === undefined ? text(ROLLUP_LABELS.noWave[lang]) : num(wave);
}

export const yesNo = (value: boolean, lang: Lang) => (value ? ROLLUP_LABELS.yes[lang] : ROLLUP_LABELS.no[lang]);

/** A string literal for a formula: "Fuldført" → "\"Fuldført\"". */
export function literal(value: string | number): string {
  return typeof value === "number" ? String(value) : `"${value.replace(/"/g, '""')}"`;
}
