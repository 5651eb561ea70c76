/**
 * The workbook's contract: table names, column keys and headers, workbook names. Readers find
 * entries again by these (never by fixed cell address), and consultants build pivots on them, so
 * change them only with a migration for existing workbooks.
 */
import type { Lang, PhaseId, Text, ThemeId } from "../model/types";

/** Workbook-scoped names. */
export const NAMES = {
  goLive: "GoLive",
  phaseLabels: "FaseNavne",
  phaseStarts: "FaseStart",
  phaseEnds: "FaseSlut",
  statusList: "StatusListe",
  assessmentList: "VurderingListe",
  phaseList: "FaseListe",
  holidays: "Helligdage",
} as const;

/** "Fase1Start" / "Fase1Slut": one name per phase boundary, used by task formulas. */
export function phaseStartName(phase: PhaseId): string {
  return `Fase${phase.slice(1)}Start`;
}
export function phaseEndName(phase: PhaseId): string {
  return `Fase${phase.slice(1)}Slut`;
}

export const TASK_TABLE_PREFIX = "Opgaver_";
export const CRITERIA_TABLE_PREFIX = "Kriterier_";
export const PHASE_TABLE = "Faser";
export const META_TABLE = "Implan_Metadata";

export function taskTableName(theme: ThemeId): string {
  return `${TASK_TABLE_PREFIX}${theme}`;
}
export function criteriaTableName(phase: PhaseId): string {
  return `${CRITERIA_TABLE_PREFIX}${phase}`;
}

export type TaskColumnKey =
  | "id"
  | "task"
  | "phase"
  | "responsible"
  | "performer"
  | "start"
  | "deadline"
  | "status"
  | "completed"
  | "note";

/** Task table columns in order; the Danish headers are the contract of architecture.md. */
export const TASK_COLUMNS: { key: TaskColumnKey; header: Text; width: number }[] = [
  { key: "id", header: { da: "ID", en: "ID" }, width: 9 },
  { key: "task", header: { da: "Opgave", en: "Task" }, width: 48 },
  { key: "phase", header: { da: "Fase", en: "Phase" }, width: 20 },
  { key: "responsible", header: { da: "Ansvarlig", en: "Responsible" }, width: 18 },
  { key: "performer", header: { da: "Udfører", en: "Performer" }, width: 18 },
  { key: "start", header: { da: "Start", en: "Start" }, width: 12 },
  { key: "deadline", header: { da: "Deadline", en: "Deadline" }, width: 12 },
  { key: "status", header: { da: "Status", en: "Status" }, width: 14 },
  { key: "completed", header: { da: "Fuldført dato", en: "Completed date" }, width: 14 },
  { key: "note", header: { da: "Bemærkning", en: "Note" }, width: 40 },
];

export type CriteriaColumnKey = "id" | "criterion" | "assessment" | "justification";

export const CRITERIA_COLUMNS: { key: CriteriaColumnKey; header: Text; width: number }[] = [
  { key: "id", header: { da: "ID", en: "ID" }, width: 9 },
  { key: "criterion", header: { da: "Succeskriterie", en: "Success criterion" }, width: 60 },
  { key: "assessment", header: { da: "Vurdering", en: "Assessment" }, width: 16 },
  { key: "justification", header: { da: "Begrundelse", en: "Justification" }, width: 50 },
];

export type PhaseColumnKey = "phase" | "start" | "end" | "days";

export const PHASE_COLUMNS: { key: PhaseColumnKey; header: Text; width: number }[] = [
  { key: "phase", header: { da: "Fase", en: "Phase" }, width: 22 },
  { key: "start", header: { da: "Start", en: "Start" }, width: 12 },
  { key: "end", header: { da: "Slut", en: "End" }, width: 12 },
  { key: "days", header: { da: "Dage", en: "Days" }, width: 8 },
];

/** The header text of a column in a language. */
export function header<K extends string>(columns: { key: K; header: Text }[], key: K, lang: Lang): string {
  const column = columns.find((c) => c.key === key);
  if (!column) throw new Error(`Unknown column ${key}`);
  return column.header[lang];
}

/** Date cells show as dd-mm-yyyy, the Danish way, in both languages. */
export const DATE_FORMAT = "dd-mm-yyyy";

/** The archive of entries whose task a later variant removed (written by `implan update`). */
export const ARCHIVE_TABLE = "Arkiv";

export type ArchiveColumnKey = "origin" | "reason" | "archivedOn";

/** The archive's own columns, after the task columns. */
export const ARCHIVE_COLUMNS: { key: ArchiveColumnKey; header: Text; width: number }[] = [
  { key: "origin", header: { da: "Kilde", en: "Source" }, width: 28 },
  { key: "reason", header: { da: "Årsag", en: "Reason" }, width: 30 },
  { key: "archivedOn", header: { da: "Arkiveret", en: "Archived" }, width: 12 },
];

/** "Faseovergang12Klar": the cell that is TRUE when the transition's self-check allows the next phase. */
export function transitionReadyName(from: PhaseId, to: PhaseId): string {
  return `Faseovergang${from.slice(1)}${to.slice(1)}Klar`;
}
