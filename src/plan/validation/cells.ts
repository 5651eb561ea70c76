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
  if (typeof value !== "number") return { kind: "not-a-date" };
  const day = Math.floor(value);
  if (day < 1 || day === 60 || day > 2958465) return { kind: "not-a-date" };
  return { kind: "date", date: fromExcelSerial(day) };
}

/** A date as Danes write it and as English messages write it. */
export function dateText(date: Date): Text {
  return { da: formatDanishDate(date), en: toIsoDate(date) };
}

/** The model value whose label (in the workbook's language) the cell holds; case does not matter, as in Excel. */
function matchLabel<T extends { label: Text }>(values: readonly T[], cell: SnapshotCell | undefined, lang: Lang): T | undefined {
  const value = cell?.value;
  if (typeof value !== "string") return undefined;
  const wanted = value.toLocaleLowerCase("da");
  return values.find((v) => v.label[lang].toLocaleLowerCase("da") === wanted);
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

export function statusText(id: StatusId, lang: Lang): string {
  return (MODEL.statuses.find((s) => s.id === id) as { label: Text }).label[lang];
}

export function assessmentText(id: AssessmentId, lang: Lang): string {
  return (MODEL.assessments.find((a) => a.id === id) as { label: Text }).label[lang];
}

export function phaseText(id: PhaseId, lang: Lang): string {
  return (MODEL.phases.find((p) => p.id === id) as { label: Text }).label[lang];
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
