/** Builds what every rule needs once: the planned tasks, the go-live date and the phase windows. */
import { MODEL } from "../../model";
import type { Variant } from "../../model/types";
import { asCivil } from "../civil";
import { phaseWindows } from "../phases";
import type { PlanSnapshot } from "../snapshot";
import { readGoLive } from "./goLive";
import { readTaskRows, startedByPhase } from "./rows";
import type { PlannedTask, ValidationContext } from "./types";

/**
 * The tasks a variant plans, by id: the model's tasks minus its removals, with its phase overrides,
 * then its local tasks. No dates, so this works without a go-live.
 */
export function plannedTasks(variant: Variant): Map<string, PlannedTask> {
  const removed = new Set(variant.removedTasks);
  // A Map of the (few) overrides: looking up an absent key in the object is slow, once per local task.
  const overrides = new Map(Object.entries(variant.tasks));
  const planned = new Map<string, PlannedTask>();
  for (const task of MODEL.tasks) {
    if (removed.has(task.id)) continue;
    const phase = overrides.get(task.id)?.phase ?? task.defaultPhase;
    planned.set(task.id, { id: task.id, theme: task.theme, phase, title: task.title, local: false });
  }
  for (const task of variant.localTasks) {
    const phase = overrides.get(task.id)?.phase ?? task.phase;
    planned.set(task.id, { id: task.id, theme: task.theme, phase, title: { da: task.title, en: task.title }, local: true });
  }
  return planned;
}

export function buildContext(snapshot: PlanSnapshot, variant: Variant, today: Date): ValidationContext {
  const { date: goLive } = readGoLive(snapshot);
  // phaseWindows throws a UserError for a variant whose phases fall out of order for this go-live.
  const windows = goLive ? phaseWindows(goLive, variant) : undefined;
  const planned = plannedTasks(variant);
  const rows = readTaskRows(snapshot.tasks, { lang: snapshot.lang, planned });
  return {
    snapshot,
    lang: snapshot.lang,
    today: asCivil(today, "today"),
    variant,
    planned,
    removed: new Set(variant.removedTasks),
    goLive,
    windows,
    rows,
    started: startedByPhase(rows),
  };
}
