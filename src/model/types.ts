/**
 * The implementation model as typed data. Every list item carries a stable, human-readable `id`
 * that workbooks, variants and rollups key on; never renumber an id once it has shipped.
 */

export type Lang = "da" | "en";

/** User-facing text in Danish (default) with an English translation. */
export interface Text {
  da: string;
  en: string;
}

export type PhaseId = "F1" | "F2" | "F3" | "F4";
export type TransitionId = "F1-F2" | "F2-F3" | "F3-F4";
export type ThemeId = "PRJ" | "GEV" | "VID" | "ORG" | "UDI" | "ITM" | "SIK";
export type ThemeGroup = "projekt" | "organisation" | "teknisk";

export type OffsetUnit = "days" | "weeks" | "months";

/** A signed distance from the go-live date: `{ amount: -6, unit: "months" }` is six months before. */
export interface Offset {
  amount: number;
  unit: OffsetUnit;
}

/** The model's allowed range for a boundary, earliest first. */
export interface OffsetRange {
  earliest: Offset;
  latest: Offset;
}

export interface Phase {
  id: PhaseId;
  number: 1 | 2 | 3 | 4;
  /** "Opstart" */
  name: Text;
  /** "Fase 1 Opstart": the value written in a task's `Fase` cell. */
  label: Text;
  focus: Text;
  effect: Text;
  actors: Text[];
  /** When the phase starts, relative to go-live: the default and the model's range. */
  start: { default: Offset; range: OffsetRange };
}

export interface Transition {
  id: TransitionId;
  from: PhaseId;
  to: PhaseId;
  /** "Faseovergang 1→2" */
  name: Text;
}

export interface Theme {
  id: ThemeId;
  group: ThemeGroup;
  /** The theme's name as on the slides ("Ud-/indfasning"). */
  name: Text;
  /** A legal Excel sheet name (≤ 31 characters, none of \ / ? * [ ] :). */
  sheetName: Text;
  /** What the theme contributes to the municipality. */
  purpose: Text;
}

export interface Task {
  /** "PRJ-01": theme id, dash, two digits. Local tasks use the prefix "L-". */
  id: string;
  theme: ThemeId;
  title: Text;
  /** The suggested phase (model.md section 7): a default a project may change, not model text. */
  defaultPhase: PhaseId;
}

export interface Criterion {
  /** "F1-K1": phase id, "-K", number. */
  id: string;
  phase: PhaseId;
  text: Text;
}

export interface Concept {
  id: string;
  term: Text;
  definition: Text;
  /** "april 2018" */
  approved: string;
}

export interface Municipality {
  /** The four-digit municipality code, also used as id: "0101". */
  id: string;
  code: string;
  name: string;
}

export type StatusId = "ikke-startet" | "i-gang" | "fuldfoert" | "ikke-relevant";
export type AssessmentId = "ikke-vurderet" | "ikke-opfyldt" | "delvist-opfyldt" | "opfyldt";

export interface StatusValue {
  id: StatusId;
  label: Text;
}

export interface AssessmentValue {
  id: AssessmentId;
  label: Text;
}

export interface Model {
  version: string;
  phases: Phase[];
  transitions: Transition[];
  themes: Theme[];
  tasks: Task[];
  criteria: Criterion[];
  concepts: Concept[];
  municipalities: Municipality[];
  statuses: StatusValue[];
  assessments: AssessmentValue[];
}

/** A task date in a variant: an offset from go-live or a fixed calendar date (yyyy-mm-dd). */
export type DateSpec = { kind: "offset"; offset: Offset } | { kind: "fixed"; date: string };

export interface TaskOverride {
  phase?: PhaseId;
  start?: DateSpec;
  deadline?: DateSpec;
}

export interface LocalTask {
  /** Must start with "L-". */
  id: string;
  theme: ThemeId;
  title: string;
  phase: PhaseId;
  start?: DateSpec;
  deadline?: DateSpec;
}

/** A documented, approved departure from the model (model.md section 6). */
export interface Deviation {
  /** The variant field it covers, e.g. "phaseStarts.F1" or "removedTasks.ITM-03". */
  field: string;
  description: string;
  approvedBy: string;
}

/** A project's operationalisation of the model, parsed and checked (see variant schema). */
export interface Variant {
  name: string;
  phaseStarts: Partial<Record<PhaseId, Offset>>;
  /** How long Fase 4 runs from its start; default 12 months. */
  phase4Length: Offset;
  tasks: Record<string, TaskOverride>;
  removedTasks: string[];
  localTasks: LocalTask[];
  deviations: Deviation[];
  /** Move deadlines on weekends and Danish public holidays to the previous working day. */
  workdaysOnly: boolean;
}
