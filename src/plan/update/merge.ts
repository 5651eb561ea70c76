/**
 * The entries of a filled-in plan, sorted for a re-plan: each task row's entries go to the task
 * with that ID in the new plan, local "L-" tasks typed into the workbook stay local tasks, and
 * whatever has no place in the new plan (a task the new variant removed, a duplicate, unknown or
 * missing ID) goes to the archive. Nothing typed is dropped. Pure: the caller writes the result.
 */
import { isThemeId, taskById } from "../../model";
import type { Text, ThemeId, Variant } from "../../model/types";
import { toExcelSerial } from "../dates";
import type { PlanSnapshot, TaskRowSnapshot } from "../snapshot";
import { idOf, phaseText } from "../validation/cells";
import { plannedTasks } from "../validation/context";
import { isLocalTaskId } from "../validation/taskIds";
import { mergeCriteria } from "./mergeCriteria";
import { carryArchive, restoreFromArchive } from "./mergeArchive";
import { emptyEntries, type ArchiveEntry, type PlanEntries, type TaskEntry } from "./entries";
import { PLAIN_TASK_KEYS, cellEntries, entryOf, extraEntries, hasEntries, sameText } from "./entryCells";

export interface MergeOptions {
  /** The variant the workbook was made from (its metadata). */
  oldVariant: Variant;
  /** The variant to re-plan with (the same one when only go-live moves). */
  newVariant: Variant;
  /** The day of the update, written as "Arkiveret" on newly archived rows. */
  today: Date;
}

export interface MergeSummary {
  /** Tasks of the new plan that carry entries. */
  tasksWithEntries: number;
  localTasks: number;
  /** Rows newly moved to the archive by this update. */
  archived: number;
  /** Archived entries whose task is back in the new plan, moved back to its row. */
  restored: number;
}

export const ARCHIVE_REASONS = {
  removed: { da: "Opgaven er fjernet i den nye variant", en: "The task is removed in the new variant" },
  duplicate: { da: "ID'et stod mere end én gang i planen", en: "The ID was in the plan more than once" },
  unknown: { da: "Ukendt ID (hverken modellens eller et lokalt L-ID)", en: "Unknown ID (neither the model's nor a local L- ID)" },
  noId: { da: "Rækken havde intet ID", en: "The row had no ID" },
} satisfies Record<string, Text>;

/** The theme of a task table: by its name (Opgaver_PRJ), else by the model tasks in it. */
function themeOfTable(table: string, rows: TaskRowSnapshot[]): ThemeId {
  const named = /^Opgaver_(.+)$/i.exec(table)?.[1]?.toUpperCase();
  if (isThemeId(named)) return named;
  const modelTask = rows.filter((r) => r.table === table).map((r) => taskById(idOf(r.cells.id) ?? "")).find((t) => t);
  return modelTask?.theme ?? "PRJ";
}

function taskEntry(row: TaskRowSnapshot, id: string, oldTitle: string | undefined, oldPhase: string | undefined): TaskEntry {
  const cells = cellEntries(row, PLAIN_TASK_KEYS);
  const task = entryOf(row.cells.task, row.row);
  const phase = entryOf(row.cells.phase, row.row);
  // Opgave and Fase are entries only where the user changed the plan's text.
  if (task && !sameText(row.cells.task, oldTitle)) cells.task = task;
  if (phase && !sameText(row.cells.phase, oldPhase)) cells.phase = phase;
  return { id, cells, extra: extraEntries(row.extra, row.row) };
}

function archived(row: TaskRowSnapshot, entry: TaskEntry, reason: Text, today: Date): ArchiveEntry {
  // The archive keeps the text and phase the row showed, changed or not: the record must be readable.
  const task = entryOf(row.cells.task, row.row);
  const phase = entryOf(row.cells.phase, row.row);
  const cells = { ...entry.cells, ...(task ? { task } : {}), ...(phase ? { phase } : {}) };
  return {
    ...entry,
    cells,
    origin: row.sheet,
    reason,
    archivedOn: toExcelSerial(today),
    start: entryOf(row.cells.start, row.row),
    deadline: entryOf(row.cells.deadline, row.row),
  };
}

/** Adds a row's own columns to its destination table's list, keeping first-seen order. */
function noteColumns(entries: PlanEntries, table: string, headers: string[]): void {
  const list = (entries.extraColumns[table] ??= []);
  for (const header of headers) if (!list.includes(header)) list.push(header);
}

export function mergeEntries(snapshot: PlanSnapshot, options: MergeOptions): { entries: PlanEntries; summary: MergeSummary } {
  const { lang } = snapshot;
  const entries = emptyEntries();
  const oldPlan = plannedTasks(options.oldVariant);
  const newPlan = plannedTasks(options.newVariant);
  const phaseLabel = (id: string) => {
    const task = oldPlan.get(id);
    return task && phaseText(task.phase, lang);
  };
  for (const table of snapshot.tables ?? []) if (table.kind === "task") entries.extraColumns[`Opgaver_${themeOfTable(table.name, snapshot.tasks)}`] ??= [...table.extraHeaders];
  const archivedNow: ArchiveEntry[] = [];
  const toArchive = (row: TaskRowSnapshot, entry: TaskEntry, reason: Text) => archivedNow.push(archived(row, entry, reason, options.today));
  for (const row of snapshot.tasks) {
    const id = idOf(row.cells.id);
    const entry = taskEntry(row, id ?? "", id ? oldPlan.get(id)?.title[lang] : undefined, id ? phaseLabel(id) : undefined);
    const planned = id !== undefined ? newPlan.get(id) : undefined;
    if (id === undefined) toArchive(row, entry, ARCHIVE_REASONS.noId);
    else if (entries.tasks[id] && !hasEntries(entries.tasks[id], lang) && hasEntries(entry, lang)) {
      // A second row with the ID that carries what the first lacks: it is the one that counts.
      entries.tasks[id] = entry;
      noteColumns(entries, `Opgaver_${planned?.theme}`, Object.keys(entry.extra));
    } else if (entries.tasks[id] || entries.localTasks.some((t) => t.id === id)) toArchive(row, entry, ARCHIVE_REASONS.duplicate);
    else if (planned) {
      entries.tasks[id] = entry;
      noteColumns(entries, `Opgaver_${planned.theme}`, Object.keys(entry.extra));
    } else if (oldPlan.has(id) || taskById(id)) {
      if (hasEntries(entry, lang)) toArchive(row, entry, ARCHIVE_REASONS.removed);
    } else if (isLocalTaskId(id)) {
      const theme = themeOfTable(row.table, snapshot.tasks);
      // A task typed into the workbook: its text and phase are the user's, so both are entries.
      const task = entryOf(row.cells.task, row.row);
      const phase = entryOf(row.cells.phase, row.row);
      entries.localTasks.push({ ...entry, cells: { ...entry.cells, ...(task ? { task } : {}), ...(phase ? { phase } : {}) }, theme });
      noteColumns(entries, `Opgaver_${theme}`, Object.keys(entry.extra));
    } else toArchive(row, entry, ARCHIVE_REASONS.unknown);
  }
  // Rows archived by an earlier update stay first; their task may be back in the new plan.
  carryArchive(snapshot, entries, options.today);
  const restored = restoreFromArchive(entries, newPlan, lang, (table, headers) => noteColumns(entries, table, headers));
  entries.archive.push(...archivedNow);
  entries.archiveExtraColumns = [...new Set(entries.archive.flatMap((a) => Object.keys(a.extra)))];
  mergeCriteria(snapshot, entries);
  const summary: MergeSummary = {
    tasksWithEntries: Object.values(entries.tasks).filter((t) => hasEntries(t, lang)).length,
    localTasks: entries.localTasks.length,
    archived: archivedNow.length,
    restored,
  };
  return { entries, summary };
}
