/** What validation reports: findings that point at a cell, and a summary per phase transition. */
import type { Lang, PhaseId, Text, ThemeId, TransitionId, Variant } from "../../model/types";
import type { PhaseWindow } from "../phases";
import type { PlanSnapshot } from "../snapshot";
import type { TaskRow } from "./rows";

export type Severity = "error" | "warning";

export interface Finding {
  /** The rule's stable name, e.g. "status-value". */
  rule: string;
  severity: Severity;
  sheet: string;
  /** A1 address on `sheet`; for a finding about a workbook name, the name itself (e.g. "GoLive"). */
  cell: string;
  /** The task or criterion ID the finding concerns. */
  task?: string;
  /** What is wrong and what to do, in Danish and English. */
  message: Text;
}

/** The self-check at a phase transition (model.md section 3), as the criteria stand now. */
export interface Gate {
  transition: TransitionId;
  /** True when every success criterion of the earlier phase is Opfyldt, or Delvist opfyldt with a Begrundelse. */
  ready: boolean;
  /** Why it is (not) ready, one line each. */
  reasons: Text[];
  /** IDs of tasks in the later phase that are already I gang or Fuldført. */
  startedInNextPhase: string[];
}

export interface ValidationResult {
  findings: Finding[];
  gates: Gate[];
}

/** A task the plan expects: the model's (minus the variant's removals) and the variant's local ones. */
export interface PlannedTask {
  id: string;
  theme: ThemeId;
  phase: PhaseId;
  title: Text;
  local: boolean;
}

/** Everything a rule may look at; built once per validation by buildContext. */
export interface ValidationContext {
  snapshot: PlanSnapshot;
  /** The workbook's language: the one its status, phase and assessment words are in. */
  lang: Lang;
  today: Date;
  variant: Variant;
  planned: Map<string, PlannedTask>;
  /** Model task IDs the variant removed. */
  removed: Set<string>;
  /** The go-live date, when the workbook holds a usable one; date rules are skipped otherwise. */
  goLive?: Date;
  /** The phase windows the plan computes for `goLive` and the variant. */
  windows?: PhaseWindow[];
  /** The snapshot's task rows, in order, with their cells read. */
  rows: TaskRow[];
  /** IDs of the tasks I gang or Fuldført, by phase (see startedByPhase). */
  started: Map<PhaseId, string[]>;
}

/** A rule: a pure function from the context to its findings. */
export type Rule = (context: ValidationContext) => Finding[];
