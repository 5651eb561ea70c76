/**
 * Validation of a plan snapshot: every rule, run on one context, findings sorted by where they are,
 * and the gate summary per phase transition. Pure: the same snapshot, variant and day give the same
 * result in the CLI and in the task pane.
 */
import type { Variant } from "../../model/types";
import type { PlanSnapshot } from "../snapshot";
import {
  completedDateBeforeStartRule,
  completedDateFutureRule,
  completedDateNotDateRule,
  completedWithoutDateRule,
  dateWithoutCompletionRule,
  notRelevantWithoutReasonRule,
} from "./completion";
import { cellPosition } from "./cells";
import { buildContext } from "./context";
import { taskPhaseChangedRule, taskTextChangedRule } from "./deviation";
import { gates, justificationMissingRule, phaseGateRule } from "./gate";
import { goLiveRule } from "./goLive";
import { criterionIdRule, criterionMissingRule, taskMissingRule } from "./missingRows";
import { overdueRule } from "./overdue";
import { phaseWindowEditedRule, phaseWindowRule } from "./phaseWindows";
import { rowOutsideTableRule, taskIdDuplicateRule, taskIdMissingRule, taskIdUnknownRule } from "./taskIds";
import type { Finding, Rule, ValidationResult } from "./types";
import { assessmentValueRule, phaseValueRule, statusValueRule } from "./values";

export type { Finding, Gate, Severity, ValidationResult } from "./types";

/** Every rule, in the order their findings read best for one cell. */
export const RULES: readonly Rule[] = [
  goLiveRule,
  rowOutsideTableRule,
  taskIdMissingRule,
  taskIdUnknownRule,
  taskIdDuplicateRule,
  taskMissingRule,
  criterionIdRule,
  criterionMissingRule,
  phaseValueRule,
  statusValueRule,
  assessmentValueRule,
  taskTextChangedRule,
  taskPhaseChangedRule,
  completedWithoutDateRule,
  completedDateNotDateRule,
  completedDateFutureRule,
  completedDateBeforeStartRule,
  dateWithoutCompletionRule,
  notRelevantWithoutReasonRule,
  overdueRule,
  phaseGateRule,
  justificationMissingRule,
  phaseWindowRule,
  phaseWindowEditedRule,
];

export interface ValidationOptions {
  /** The variant the plan was made from (see storedVariant). */
  variant: Variant;
  /** Today's calendar date (UTC midnight); injectable so results do not depend on the clock. */
  today: Date;
}

/**
 * The findings in sheet order as the workbook has it (first table seen), then row, then column; the
 * sort is stable, so rules' order breaks ties. Each finding's place is worked out once, not at every
 * comparison: a big plan has tens of thousands of findings, and parsing an address is the slow part.
 */
function sortByLocation(findings: Finding[], snapshot: PlanSnapshot): Finding[] {
  const order = new Map<string, number>();
  const see = (sheet: string | undefined) => sheet !== undefined && !order.has(sheet) && order.set(sheet, order.size);
  see(snapshot.goLive?.sheet);
  for (const table of snapshot.tables ?? []) see(table.sheet);
  const placed = findings.map((finding) => {
    const { row, column } = cellPosition(finding.cell) ?? { row: 0, column: 0 };
    return { finding, rank: order.get(finding.sheet) ?? order.size, row, column };
  });
  placed.sort((a, b) => a.rank - b.rank || a.row - b.row || a.column - b.column);
  return placed.map((p) => p.finding);
}

/** Runs every rule. Findings are sorted by sheet, row and column; rules' order breaks ties. */
export function validatePlan(snapshot: PlanSnapshot, options: ValidationOptions): ValidationResult {
  const context = buildContext(snapshot, options.variant, options.today);
  const findings = RULES.flatMap((rule) => rule(context));
  return { findings: sortByLocation(findings, snapshot), gates: gates(context) };
}
