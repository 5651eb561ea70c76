/**
 * The cells of one task row: the plan's ID, text, phase and date formulas, with whatever the user
 * had typed for that ID written back (implan update). Dates stay formulas on the row's Fase cell
 * or on GoLive; their cached values are computed for the row's own phase, as Excel will.
 */
import { MODEL } from "../model";
import type { Lang, PhaseId, ThemeId, Variant } from "../model/types";
import { toExcelSerial } from "../plan/dates";
import { previousWorkingDayOnOrBefore } from "../plan/holidays";
import { resolveDateRule, type DateRule, type PhaseWindow, type ScheduledTask } from "../plan/schedule";
import type { LocalTaskEntry, PlanEntries, TaskEntry } from "../plan/update/entries";
import { cellAddress } from "./address";
import { date, empty, formula, text } from "./cells";
import { blankOnError, offsetFormula, onOrBeforeWorkday, phaseLookupFormula } from "./dateFormulas";
import { entryCell, entryText } from "./entryCells";
import { NAMES, TASK_COLUMNS, type TaskColumnKey } from "./layout";
import type { CellValue } from "./types";
import { statusLabel } from "./values";

export interface TaskRowsContext {
  lang: Lang;
  variant: Variant;
  goLive: Date;
  windows: PhaseWindow[];
  entries?: PlanEntries;
  /** The user's own columns of this table, written after the contract columns. */
  extraHeaders: string[];
}

export const taskColumn = (key: TaskColumnKey): number => TASK_COLUMNS.findIndex((c) => c.key === key) + 1;

/** The Excel expression for a task date; `phaseCell` is the row's Fase cell, e.g. "C5". */
export function taskDateFormula(rule: DateRule, phaseCell: string, isDeadline: boolean, workdaysOnly: boolean): string | undefined {
  let expression: string;
  let lookup = false;
  switch (rule.kind) {
    case "phaseStart":
    case "phaseEnd":
      expression = phaseLookupFormula(rule.kind === "phaseStart" ? "start" : "end", phaseCell);
      lookup = true;
      break;
    case "offset":
      expression = offsetFormula(NAMES.goLive, rule.offset);
      break;
    case "fixed":
      if (!(isDeadline && workdaysOnly)) return undefined;
      expression = String(toExcelSerial(rule.date));
      break;
  }
  if (isDeadline && workdaysOnly) expression = onOrBeforeWorkday(expression);
  return lookup ? blankOnError(expression) : expression;
}

/** The phase a Fase label names, in either language; undefined for anything else. */
function phaseOfLabel(label: string | undefined): PhaseId | undefined {
  const wanted = label?.trim().toLocaleLowerCase("da");
  return MODEL.phases.find((p) => [p.label.da, p.label.en].some((l) => l.toLocaleLowerCase("da") === wanted))?.id;
}

/** A date cell: the rule's formula with its cached value for `phase`, or a plain date for a fixed one. */
function dateValue(rule: DateRule, phase: PhaseId | undefined, row: number, isDeadline: boolean, ctx: TaskRowsContext): CellValue {
  const phaseCell = cellAddress(taskColumn("phase"), row);
  const window = ctx.windows.find((w) => w.phase === phase);
  const needsWindow = rule.kind === "phaseStart" || rule.kind === "phaseEnd";
  let value: Date | undefined;
  if (window || !needsWindow) {
    const raw = resolveDateRule(ctx.goLive, window ?? ctx.windows[0], rule);
    value = isDeadline && ctx.variant.workdaysOnly ? previousWorkingDayOnOrBefore(raw) : raw;
  }
  const expression = taskDateFormula(rule, phaseCell, isDeadline, ctx.variant.workdaysOnly);
  if (expression === undefined) return value ? date(toExcelSerial(value)) : empty;
  return value ? formula(expression, toExcelSerial(value)) : formula(expression);
}

function extraCells(entry: TaskEntry | undefined, row: number, ctx: TaskRowsContext): CellValue[] {
  return ctx.extraHeaders.map((header) => entryCell(entry?.extra[header], row, empty));
}

interface RowParts {
  id: string;
  title: string;
  phaseLabel: string;
  startRule: DateRule;
  deadlineRule: DateRule;
  entry?: TaskEntry;
}

function rowCells(parts: RowParts, row: number, ctx: TaskRowsContext): CellValue[] {
  const cells = parts.entry?.cells ?? {};
  const phase = phaseOfLabel(entryText(cells.phase) ?? parts.phaseLabel);
  const byKey: Record<TaskColumnKey, CellValue> = {
    id: text(parts.id),
    task: entryCell(cells.task, row, text(parts.title)),
    phase: entryCell(cells.phase, row, text(parts.phaseLabel)),
    responsible: entryCell(cells.responsible, row, empty),
    performer: entryCell(cells.performer, row, empty),
    start: dateValue(parts.startRule, phase, row, false, ctx),
    deadline: dateValue(parts.deadlineRule, phase, row, true, ctx),
    status: entryCell(cells.status, row, text(statusLabel("ikke-startet", ctx.lang))),
    completed: entryCell(cells.completed, row, empty, true),
    note: entryCell(cells.note, row, empty),
  };
  return [...TASK_COLUMNS.map((c) => byKey[c.key]), ...extraCells(parts.entry, row, ctx)];
}

/** A row for a task of the schedule, with the user's entries for its ID. */
export function scheduledTaskRow(task: ScheduledTask, row: number, ctx: TaskRowsContext): CellValue[] {
  const phaseLabel = MODEL.phases.find((p) => p.id === task.phase)?.label[ctx.lang] ?? task.phase;
  return rowCells(
    { id: task.id, title: task.title[ctx.lang], phaseLabel, startRule: task.startRule, deadlineRule: task.deadlineRule, entry: ctx.entries?.tasks[task.id] },
    row,
    ctx,
  );
}

/** A row for a local task someone typed into the workbook: its dates follow its Fase cell. */
export function localTaskRow(entry: LocalTaskEntry, row: number, ctx: TaskRowsContext): CellValue[] {
  return rowCells(
    { id: entry.id, title: "", phaseLabel: "", startRule: { kind: "phaseStart" }, deadlineRule: { kind: "phaseEnd" }, entry },
    row,
    ctx,
  );
}

/** The local tasks typed into this theme's table. */
export function localEntriesOf(theme: ThemeId, entries: PlanEntries | undefined): LocalTaskEntry[] {
  return entries?.localTasks.filter((task) => task.theme === theme) ?? [];
}
