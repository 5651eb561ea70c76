/** Reading snapshot cells the way the rules need them: as text, as a date, as one of the model's words. */
import { MODEL } from "../../model";
import type { AssessmentId, Lang, PhaseId, StatusId, Text } from "../../model/types";
import { formatDanishDate, fromExcelSerial, toIsoDate } from "../dates";
import type { RawValue, SnapshotCell } from "../snapshot";
import type { Finding, Severity } from "./types";

/** The cell's value as trimmed text; numbers as written, empty for blanks, errors and booleans. */
export function textOf(cell: SnapshotCell | undefined): string {
  const value = cell?.value;
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return String(value);
  return "";
}

export function isEmpty(cell: SnapshotCell | undefined): boolean {
  const value = cell?.value;
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/** How the cell shows its value in a message: text in quotes, an Excel error as is. */
export function shown(cell: SnapshotCell | undefined): string {
  return shownValue(cell?.value ?? null);
}

export function shownValue(value: RawValue): string {
  if (value !== null && typeof value === "object") return value.error;
  const text = String(value ?? "");
  return `"${text.length > 40 ? `${text.slice(0, 39)}…` : text}"`;
}

export type CellDate = { kind: "empty" } | { kind: "date"; date: Date } | { kind: "not-a-date" };

/** A date cell: a serial (a time of day is dropped) is a date; text, booleans and errors are not. */
export function dateOf(cell: SnapshotCell | undefined): CellDate {
  if (isEmpty(cell)) return { kind: "empty" };
  const value = cell?.value;
  // NaN and Infinity are numbers too, but no day; every comparison below would let them through.
  if (typeof value !== "number" || !Number.isFinite(value)) return { kind: "not-a-date" };
  const day = Math.floor(value);
  if (day < 1 || day === 60 || day > 2958465) return { kind: "not-a-date" };
  return { kind: "date", date: fromExcelSerial(day) };
}

const dateTexts = new WeakMap<Date, Text>();

/**
 * A date as Danes write it and as English messages write it. Kept per Date object: the rows of a
 * big plan share their Dates (see rows.ts), and a finding per overdue row would format each again.
 */
export function dateText(date: Date): Text {
  let text = dateTexts.get(date);
  if (!text) dateTexts.set(date, (text = { da: formatDanishDate(date), en: toIsoDate(date) }));
  return { ...text };
}

/** Labels of one list of model values in one language: as written, and lower-cased (first value wins). */
interface LabelIndex<T> {
  exact: Map<string, T>;
  lower: Map<string, T>;
}

const labelIndexes = new WeakMap<readonly unknown[], Record<Lang, LabelIndex<unknown>>>();

function indexLabels<T extends { label: Text }>(values: readonly T[], lang: Lang): LabelIndex<T> {
  const lower = new Map<string, T>();
  for (const v of values) {
    const key = v.label[lang].toLocaleLowerCase("da");
    if (!lower.has(key)) lower.set(key, v);
  }
  const exact = new Map(values.map((v) => [v.label[lang], lower.get(v.label[lang].toLocaleLowerCase("da")) as T]));
  return { exact, lower };
}

/**
 * The model value whose label (in the workbook's language) the cell holds; case does not matter, as in Excel.
 * Called for every row by several rules, so the labels are indexed once, and a cell that holds a label
 * exactly (nearly all do) is found without lower-casing it.
 */
function matchLabel<T extends { label: Text }>(values: readonly T[], cell: SnapshotCell | undefined, lang: Lang): T | undefined {
  const value = cell?.value;
  if (typeof value !== "string") return undefined;
  let byLang = labelIndexes.get(values);
  if (!byLang) labelIndexes.set(values, (byLang = { da: indexLabels(values, "da"), en: indexLabels(values, "en") }));
  const index = byLang[lang] as LabelIndex<T>;
  return index.exact.get(value) ?? index.lower.get(value.toLocaleLowerCase("da"));
}

export function statusOf(cell: SnapshotCell | undefined, lang: Lang): StatusId | undefined {
  return matchLabel(MODEL.statuses, cell, lang)?.id;
}

export function assessmentOf(cell: SnapshotCell | undefined, lang: Lang): AssessmentId | undefined {
  return matchLabel(MODEL.assessments, cell, lang)?.id;
}

export function phaseOf(cell: SnapshotCell | undefined, lang: Lang): PhaseId | undefined {
  return matchLabel(MODEL.phases, cell, lang)?.id;
}

// Labels by id, looked up once: messages name a status or phase for every finding about a row.
const labelsById = <Id extends string>(values: readonly { id: Id; label: Text }[]) => new Map(values.map((v) => [v.id, v.label]));
const STATUS_LABELS = labelsById(MODEL.statuses);
const ASSESSMENT_LABELS = labelsById(MODEL.assessments);
const PHASE_LABELS = labelsById(MODEL.phases);

export function statusText(id: StatusId, lang: Lang): string {
  return (STATUS_LABELS.get(id) as Text)[lang];
}

export function assessmentText(id: AssessmentId, lang: Lang): string {
  return (ASSESSMENT_LABELS.get(id) as Text)[lang];
}

export function phaseText(id: PhaseId, lang: Lang): string {
  return (PHASE_LABELS.get(id) as Text)[lang];
}

/** A finding; `task` is left out when there is none, so JSON output stays tidy. */
export function finding(rule: string, severity: Severity, sheet: string, cell: string, message: Text, task?: string): Finding {
  return task ? { rule, severity, sheet, cell, task, message } : { rule, severity, sheet, cell, message };
}

/** The row's ID as text, or undefined for a row without one. */
export function idOf(cell: SnapshotCell | undefined): string | undefined {
  const value = cell?.value;
  if (typeof value === "string" && value.trim() !== "") return value.trim();
  return typeof value === "number" ? String(value) : undefined;
}

/** "H12" → { row: 12, column: 8 }; undefined for anything that is not an A1 address. */
export function cellPosition(address: string): { row: number; column: number } | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(address);
  if (!match) return undefined;
  const column = [...match[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return { row: Number(match[2]), column };
}
