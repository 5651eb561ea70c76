import { UTCDate } from "@date-fns/utc";
import { MODEL } from "../model";
import { isUserError, UserError } from "../model/errors";
import type { DateSpec, Offset, PhaseId, Text, ThemeId, Variant } from "../model/types";
import { DEFAULT_VARIANT } from "../model/variant";
import { addOffset, formatDanishDate, parseIsoDate, toIsoDate } from "./dates";
import { previousWorkingDayOnOrBefore } from "./holidays";
import { phaseWindows, type PhaseWindow } from "./phases";

/**
 * Task dates for a go-live date and a variant. Every date comes with the rule that made it, which
 * the workbook turns into the same date as an Excel formula:
 * - `phaseStart` / `phaseEnd`: the start or end of the task's phase window (a lookup on the row's Fase);
 * - `offset`: go-live plus the offset (`EDATE(GoLive,n)` for months, `GoLive+n` for days and weeks);
 * - `fixed`: a calendar date that does not move with go-live.
 * With `variant.workdaysOnly`, every deadline (whatever its rule) is then moved back to the last
 * working day on or before it: `WORKDAY(<rule>+1,-1,<holidays>)`, holidays from holidaysBetween.
 */

export { PHASE_ORDER, phaseStartOffset, phaseWindows, type PhaseWindow } from "./phases";

/** How a task date is computed from go-live; see the file comment. */
export type DateRule = { kind: "phaseStart" } | { kind: "phaseEnd" } | { kind: "offset"; offset: Offset } | { kind: "fixed"; date: Date };

export interface ScheduledTask {
  id: string;
  theme: ThemeId;
  title: Text;
  phase: PhaseId;
  /** True for the variant's local tasks (ids "L-…"). */
  local: boolean;
  start: Date;
  /** The deadline, already moved to a working day when `variant.workdaysOnly` asks for it. */
  deadline: Date;
  startRule: DateRule;
  /** The rule before any working-day move (the workbook wraps it in WORKDAY when workdaysOnly). */
  deadlineRule: DateRule;
  /** True when workdaysOnly moved this deadline off a weekend or public holiday. */
  workdayAdjusted: boolean;
}

/** A task before dates: what the model or the variant's local task says, with overrides applied. */
interface TaskPlan {
  id: string;
  theme: ThemeId;
  title: Text;
  phase: PhaseId;
  local: boolean;
  start?: DateSpec;
  deadline?: DateSpec;
}

/**
 * The plan's tasks with dates: the model's tasks in model order (minus `variant.removedTasks`),
 * then the variant's local tasks. A task's phase is its override or default; its start and
 * deadline are its override (or a local task's own date) or else its phase window's start and end.
 * Throws UserError when a task would start after its deadline or a fixed date is not a real date.
 *
 * @example
 * const [first] = scheduleTasks(civilDate(2027, 3, 1));
 * // first.id === "PRJ-01", first.phase === "F1", toIsoDate(first.start) === "2026-06-01",
 * // toIsoDate(first.deadline) === "2026-08-31", first.startRule.kind === "phaseStart"
 */
export function scheduleTasks(goLive: Date, variant: Variant = DEFAULT_VARIANT): ScheduledTask[] {
  const windows = phaseWindows(goLive, variant);
  return taskPlans(variant).map((task) => {
    const window = windows.find((w) => w.phase === task.phase);
    if (!window) throw new Error(`No window for phase ${task.phase}`);
    return scheduleTask(task, goLive, window, variant.workdaysOnly);
  });
}

/**
 * The date a rule gives for a go-live date and the task's phase window.
 *
 * @example
 * resolveDateRule(civilDate(2027, 3, 1), window, { kind: "offset", offset: { amount: -2, unit: "weeks" } }) //=> 2027-02-15
 */
export function resolveDateRule(goLive: Date, window: PhaseWindow, rule: DateRule): Date {
  switch (rule.kind) {
    case "phaseStart":
      return new UTCDate(window.start.getTime());
    case "phaseEnd":
      return new UTCDate(window.end.getTime());
    case "offset":
      return addOffset(goLive, rule.offset);
    case "fixed":
      return new UTCDate(rule.date.getTime());
    default:
      throw new RangeError(`Unknown date rule ${JSON.stringify(rule)}`);
  }
}

/**
 * The rule for a variant's DateSpec, or `fallback` when there is none; `taskId` names the task in
 * the error when a fixed date is not a real `yyyy-mm-dd` date.
 *
 * @example
 * dateRuleFor({ kind: "fixed", date: "2026-10-15" }, { kind: "phaseEnd" }, "SIK-03") //=> { kind: "fixed", date: 2026-10-15 }
 * dateRuleFor(undefined, { kind: "phaseEnd" }, "SIK-03") //=> { kind: "phaseEnd" }
 */
export function dateRuleFor(spec: DateSpec | undefined, fallback: DateRule, taskId: string): DateRule {
  if (!spec) return fallback;
  if (spec.kind === "offset") return { kind: "offset", offset: { ...spec.offset } };
  try {
    return { kind: "fixed", date: parseIsoDate(spec.date) };
  } catch (error) {
    if (!isUserError(error)) throw error;
    throw new UserError({ da: `Opgave ${taskId}: ${error.text.da}`, en: `Task ${taskId}: ${error.text.en}` });
  }
}

function taskPlans(variant: Variant): TaskPlan[] {
  const removed = new Set(variant.removedTasks);
  const modelTasks: TaskPlan[] = MODEL.tasks
    .filter((task) => !removed.has(task.id))
    .map((task) => ({ id: task.id, theme: task.theme, title: { ...task.title }, phase: task.defaultPhase, local: false }));
  const localTasks: TaskPlan[] = variant.localTasks.map((task) => ({
    id: task.id,
    theme: task.theme,
    title: { da: task.title, en: task.title },
    phase: task.phase,
    local: true,
    start: task.start,
    deadline: task.deadline,
  }));
  return [...modelTasks, ...localTasks].map((task) => {
    const override = Object.prototype.hasOwnProperty.call(variant.tasks, task.id) ? variant.tasks[task.id] : undefined;
    return {
      ...task,
      phase: override?.phase ?? task.phase,
      start: override?.start ?? task.start,
      deadline: override?.deadline ?? task.deadline,
    };
  });
}

function scheduleTask(task: TaskPlan, goLive: Date, window: PhaseWindow, workdaysOnly: boolean): ScheduledTask {
  const startRule = dateRuleFor(task.start, { kind: "phaseStart" }, task.id);
  const deadlineRule = dateRuleFor(task.deadline, { kind: "phaseEnd" }, task.id);
  const start = resolveDateRule(goLive, window, startRule);
  const rawDeadline = resolveDateRule(goLive, window, deadlineRule);
  const deadline = workdaysOnly ? previousWorkingDayOnOrBefore(rawDeadline) : rawDeadline;
  const workdayAdjusted = deadline.getTime() !== rawDeadline.getTime();
  if (start > deadline) throw startAfterDeadline(task, start, deadline, workdayAdjusted);
  const { id, theme, title, phase, local } = task;
  return { id, theme, title, phase, local, start, deadline, startRule, deadlineRule, workdayAdjusted };
}

function startAfterDeadline(task: TaskPlan, start: Date, deadline: Date, moved: boolean): UserError {
  const movedDa = moved ? " (flyttet til forrige arbejdsdag)" : "";
  const movedEn = moved ? " (moved to the previous working day)" : "";
  return new UserError({
    da: `Opgave ${task.id} (${task.title.da}) starter ${formatDanishDate(start)}, efter sin deadline ${formatDanishDate(deadline)}${movedDa}; ret opgavens start eller deadline i varianten.`,
    en: `Task ${task.id} (${task.title.en}) starts ${toIsoDate(start)}, after its deadline ${toIsoDate(deadline)}${movedEn}; fix the task's start or deadline in the variant.`,
  });
}
