/**
 * The test's own aggregation of what it typed into the plans, computed without the product's rollup
 * code: from the statuses and assessments chosen, and the dates of the plan layer's schedule.
 */
import { MODEL } from "../../../src/model";
import type { Municipality, PhaseId } from "../../../src/model/types";
import { parseIsoDate, toExcelSerial } from "../../../src/plan/dates";
import { phaseWindows, scheduleTasks } from "../../../src/plan/schedule";

export interface Filled {
  municipality: Municipality;
  wave: number;
  goLive: string;
  /** Task ID → the Status text typed. */
  statuses: Record<string, string>;
  /** Criterion ID → [Vurdering, Begrundelse]. */
  assessments: Record<string, [string, string]>;
}

export interface TaskFact {
  code: string;
  wave: number;
  theme: string;
  phase: string;
  status: string;
  overdue: boolean;
}

const PHASE_LABEL = Object.fromEntries(MODEL.phases.map((p) => [p.id, p.label.da])) as Record<PhaseId, string>;

export function taskFacts(plans: Filled[], today: string): TaskFact[] {
  const asOf = toExcelSerial(parseIsoDate(today));
  return plans.flatMap((plan) =>
    scheduleTasks(parseIsoDate(plan.goLive)).map((task) => {
      const status = plan.statuses[task.id] ?? "Ikke startet";
      const overdue = toExcelSerial(task.deadline) < asOf && status !== "Fuldført" && status !== "Ikke relevant";
      const theme = (MODEL.themes.find((t) => t.id === task.theme) as { name: { da: string } }).name.da;
      return { code: plan.municipality.code, wave: plan.wave, theme, phase: PHASE_LABEL[task.phase], status, overdue };
    }),
  );
}

/** Every criterion of the phase before the transition Opfyldt, or Delvist opfyldt with a reason. */
export function readyFor(plan: Filled, from: PhaseId): boolean {
  const criteria = MODEL.criteria.filter((c) => c.phase === from);
  return criteria.every((c) => {
    const [assessment, reason] = plan.assessments[c.id] ?? ["Ikke vurderet", ""];
    return assessment === "Opfyldt" || (assessment === "Delvist opfyldt" && reason.trim() !== "");
  });
}

/** The transition after `today`: "Faseovergang 1→2" when today is before Fase 2 starts, and so on. */
export function nextTransition(plan: Filled, today: string): { name: string; from: PhaseId } | undefined {
  const windows = phaseWindows(parseIsoDate(plan.goLive));
  const asOf = parseIsoDate(today).getTime();
  const transition = MODEL.transitions.find((t) => asOf < (windows.find((w) => w.phase === t.to) as { start: Date }).start.getTime());
  return transition && { name: transition.name.da, from: transition.from };
}

export function count<T>(items: T[], predicate: (item: T) => boolean): number {
  return items.filter(predicate).length;
}

/** Fuldført ÷ (tasks − Ikke relevant), or "" when nothing counts. */
export function percentDone(facts: TaskFact[]): number | "" {
  const relevant = facts.length - count(facts, (f) => f.status === "Ikke relevant");
  return relevant > 0 ? count(facts, (f) => f.status === "Fuldført") / relevant : "";
}
