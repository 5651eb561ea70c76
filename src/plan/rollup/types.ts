/**
 * The rollup's data: what each returned plan holds, reduced to what the consolidated view needs,
 * and the result of putting them together. Plain, language-neutral data (model ids, Excel date
 * serials, both languages for messages), so the CLI's ExcelJS file and the add-in's Office.js
 * tables are built from the same result.
 */
import type { AssessmentId, Municipality, PhaseId, StatusId, Text, ThemeId, TransitionId } from "../../model/types";
import type { Finding, Gate } from "../validation/types";
import type { RolloutPlan } from "./rollout";

/** A model word (status, phase, assessment) when the cell held one, else the text as typed. */
export interface Coded<T extends string> {
  id?: T;
  /** The cell's text, trimmed; what is shown when `id` is undefined. */
  text: string;
}

export interface TaskLine {
  id: string;
  /** The model's title for a model task; the cell's text (in both fields) for a local one. */
  title: Text;
  theme?: ThemeId;
  phase: Coded<PhaseId>;
  responsible: string;
  status: Coded<StatusId>;
  /** Excel date serial of the Deadline as the plan computed it. */
  deadline?: number;
}

export interface CriterionLine {
  id: string;
  phase?: PhaseId;
  text: Text;
  assessment: Coded<AssessmentId>;
  justification: string;
}

/** One readable plan, reduced. */
export interface PlanSummary {
  /** Found from the Kommunekode cell, else the Kommune cell; undefined when neither names one. */
  municipality?: Municipality;
  /** What the two cells said, for messages when they name no municipality. */
  municipalityText: string;
  /** When only one of the two cells found it, or they disagree (the code wins). */
  identity?: "nameMissing" | "codeMissing" | "nameDiffers";
  modelVersion?: string;
  wave?: number;
  /** Excel date serials. */
  goLive?: number;
  /** When each transition happens: the start of its later phase, as the plan computed it. */
  transitions: Partial<Record<TransitionId, number>>;
  tasks: TaskLine[];
  criteria: CriterionLine[];
  findings: Finding[];
  gates: Gate[];
}

/** What became of one input file. */
export type FileRead =
  | { name: string; kind: "plan"; plan: PlanSummary }
  /** Could not be read as a plan (not a workbook, damaged, zip bomb, other model version, …). */
  | { name: string; kind: "unreadable"; reason: Text; modelVersion?: string }
  /** Not a workbook, found in a folder: passed over, with a warning. */
  | { name: string; kind: "skipped"; reason: Text };

export type FileOutcome = "read" | "duplicate" | "unknown" | "noMunicipality" | "unreadable" | "skipped" | "missing";

/** A row of the Filer table: an input file, or a rollout municipality that sent none. */
export interface FileRow {
  /** Undefined for a missing municipality. */
  file?: string;
  municipality?: Municipality;
  wave?: number;
  modelVersion?: string;
  outcome: FileOutcome;
  /** Whether its tasks and criteria are in the Status and Kriterier tables. */
  used: boolean;
  errors: number;
  warnings: number;
  message: Text;
}

/** A finding with the file and municipality it belongs to (the Fund table). */
export interface RollupFinding extends Finding {
  file?: string;
  municipality?: Municipality;
}

/** One municipality of the rollout or the files: a row of the Kommuner table. */
export interface MunicipalityRow {
  municipality: Municipality;
  wave?: number;
  /** The plan's go-live, else the rollout's (serial). */
  goLive?: number;
  inRollout: boolean;
  /** The file whose rows are used, if any. */
  file?: string;
  transitions: Partial<Record<TransitionId, number>>;
  gates: Gate[];
}

/** One row of the Status table. */
export interface StatusRow {
  municipality: Municipality;
  wave?: number;
  goLive?: number;
  task: TaskLine;
}

export interface CriteriaRow {
  municipality: Municipality;
  wave?: number;
  criterion: CriterionLine;
}

export interface RollupResult {
  /** The as-of date (UTC midnight) that Forsinket and the next transition are counted from. */
  asOf: Date;
  rollout?: RolloutPlan;
  files: FileRow[];
  municipalities: MunicipalityRow[];
  statusRows: StatusRow[];
  criteriaRows: CriteriaRow[];
  findings: RollupFinding[];
  /** Waves present, ascending. */
  waves: number[];
}
