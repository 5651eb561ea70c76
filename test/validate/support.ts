/** A fresh plan snapshot per test, and small edits to it, for the rule tests. */
import { parseVariant } from "../../src/model";
import type { Variant } from "../../src/model/types";
import { parseIsoDate, toExcelSerial } from "../../src/plan/dates";
import type { CriteriaRowSnapshot, PlanSnapshot, RawValue, TaskRowSnapshot } from "../../src/plan/snapshot";
import { buildContext } from "../../src/plan/validation/context";
import type { Finding, Rule } from "../../src/plan/validation/types";
import { buildPlanWorkbook } from "../../src/workbook/build";
import { readSnapshot } from "../../src/workbook/readSnapshot";
import { descriptionView } from "../support/descriptionView";

export const GO_LIVE = "2027-03-01";
export const PRJ = "Projektstyring og -ledelse";
export const F1 = "Fase 1 Opstart";

export const serial = (iso: string): number => toExcelSerial(parseIsoDate(iso));

/** The snapshot of a freshly generated plan (go-live 2027-03-01, Danish, default variant). */
export function freshSnapshot(variant: Variant = parseVariant({}), goLive = GO_LIVE): PlanSnapshot {
  return readSnapshot(descriptionView(buildPlanWorkbook({ goLive: parseIsoDate(goLive), lang: "da", variant })));
}

export function taskRow(snapshot: PlanSnapshot, id: string): TaskRowSnapshot {
  const row = snapshot.tasks.find((t) => t.cells.id?.value === id);
  if (!row) throw new Error(`No row ${id}`);
  return row;
}

export function criteriaRow(snapshot: PlanSnapshot, id: string): CriteriaRowSnapshot {
  const row = snapshot.criteria.find((c) => c.cells.id?.value === id);
  if (!row) throw new Error(`No criterion ${id}`);
  return row;
}

/** Types a value into a task's cell, as a user would (any formula there is overwritten). */
export function setTask(snapshot: PlanSnapshot, id: string, key: keyof TaskRowSnapshot["cells"], value: RawValue): void {
  const cell = taskRow(snapshot, id).cells[key];
  if (!cell) throw new Error(`No ${key} cell`);
  cell.value = value;
  delete cell.formula;
}

export function setCriterion(snapshot: PlanSnapshot, id: string, key: keyof CriteriaRowSnapshot["cells"], value: RawValue): void {
  const cell = criteriaRow(snapshot, id).cells[key];
  if (!cell) throw new Error(`No ${key} cell`);
  cell.value = value;
}

/** Where a finding points, and what it is: the parts a test compares exactly. */
export type Location = Pick<Finding, "rule" | "severity" | "sheet" | "cell" | "task">;

export function locationOf(finding: Finding): Location {
  const { rule, severity, sheet, cell, task } = finding;
  return task === undefined ? { rule, severity, sheet, cell } : { rule, severity, sheet, cell, task };
}

/** Runs one rule on the snapshot. */
export function runRule(rule: Rule, snapshot: PlanSnapshot, options: { today?: string; variant?: Variant } = {}): Finding[] {
  return rule(buildContext(snapshot, options.variant ?? parseVariant({}), parseIsoDate(options.today ?? "2026-05-01")));
}

export interface RuleCase {
  title: string;
  rule: Rule;
  /** What the user did to the freshly generated plan. */
  edit?: (snapshot: PlanSnapshot) => void;
  options?: { today?: string; variant?: Variant };
  /** The snapshot's variant, when the plan was generated from another one than the default. */
  generatedWith?: Variant;
  expected: Location[];
  /** Matched against the first finding's Danish message. */
  message?: RegExp;
}

/** One test per case: the rule's findings, located exactly, and the message when given. */
export function testRuleCases(cases: RuleCase[]): void {
  test.each(cases)("$title", ({ rule, edit, options, generatedWith, expected, message }) => {
    const snapshot = freshSnapshot(generatedWith);
    edit?.(snapshot);
    const findings = runRule(rule, snapshot, options);
    expect(findings.map(locationOf)).toEqual(expected);
    for (const finding of findings) {
      expect(finding.message.da.length).toBeGreaterThan(10);
      expect(finding.message.en.length).toBeGreaterThan(10);
    }
    if (message) expect(findings[0]?.message.da).toMatch(message);
  });
}
