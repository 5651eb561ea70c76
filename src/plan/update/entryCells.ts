/** Snapshot cells as entries: what a person typed, with enough context to write it back elsewhere. */
import type { ExtraColumn, SnapshotCell, TaskRowSnapshot } from "../snapshot";
import type { Lang } from "../../model/types";
import { statusText } from "../validation/cells";
import type { EntryCell, TaskEntry, TaskEntryKey } from "./entries";

/** True when a number format shows a date: a d or y outside quoted text and [brackets]. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[dy]/i.test(format.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, ""));
}

/** The entry in a cell, or undefined when nothing was typed there (blank, or only spaces). */
export function entryOf(cell: SnapshotCell | undefined, row: number): EntryCell | undefined {
  if (!cell) return undefined;
  const { value, formula } = cell;
  const blank = value === null || (typeof value === "string" && value.trim() === "");
  if (blank && formula === undefined) return undefined;
  const entry: EntryCell = { value };
  if (formula !== undefined) {
    entry.formula = formula;
    entry.sourceRow = row;
  }
  if (typeof value === "number" && isDateFormat(cell.numberFormat)) entry.isDate = true;
  return entry;
}

/** The user's own columns of a row, by header; blank ones left out. */
export function extraEntries(extra: ExtraColumn[], row: number): Record<string, EntryCell> {
  const entries: Record<string, EntryCell> = {};
  for (const { header, cell } of extra) {
    const entry = entryOf(cell, row);
    if (entry) entries[header] = entry;
  }
  return entries;
}

/** Trimmed text with inner spacing squeezed, for comparing a typed value with the plan's. */
export function sameText(cell: SnapshotCell | undefined, expected: string | undefined): boolean {
  const value = cell?.value;
  const typed = typeof value === "string" ? value : value === null || value === undefined ? "" : String(value);
  const squeeze = (text: string) => text.replace(/\s+/g, " ").trim();
  return expected !== undefined && squeeze(typed) === squeeze(expected);
}

/** The plain entry columns of a task row (everything but Opgave and Fase, which depend on the plan). */
export const PLAIN_TASK_KEYS: readonly TaskEntryKey[] = ["responsible", "performer", "status", "completed", "note"];

/** The row's entries for `keys`, blank cells left out. */
export function cellEntries(row: TaskRowSnapshot, keys: readonly TaskEntryKey[]): Partial<Record<TaskEntryKey, EntryCell>> {
  const cells: Partial<Record<TaskEntryKey, EntryCell>> = {};
  for (const key of keys) {
    const entry = entryOf(row.cells[key], row.row);
    if (entry) cells[key] = entry;
  }
  return cells;
}

/** True when the entry holds more than the plan writes: a status other than the default, or anything else. */
export function hasEntries(entry: TaskEntry, lang: Lang): boolean {
  const { status, ...rest } = entry.cells;
  const isDefault = status !== undefined && !status.formula && typeof status.value === "string" && status.value.trim() === statusText("ikke-startet", lang);
  return Object.keys(rest).length > 0 || Object.keys(entry.extra).length > 0 || (status !== undefined && !isDefault);
}
