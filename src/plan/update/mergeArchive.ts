/**
 * The archive across updates: rows archived earlier stay archived (with their origin, reason and
 * date), unless their task is back in the new plan with nothing typed at it, in which case their
 * entries move back to the task's row.
 */
import type { Lang } from "../../model/types";
import type { ArchiveRowSnapshot, PlanSnapshot } from "../snapshot";
import { idOf, phaseText, textOf } from "../validation/cells";
import type { PlannedTask } from "../validation/types";
import { toExcelSerial } from "../dates";
import type { ArchiveEntry, PlanEntries, TaskEntry, TaskEntryKey } from "./entries";
import { PLAIN_TASK_KEYS, cellEntries, entryOf, extraEntries, hasEntries, sameText } from "./entryCells";

const ALL_KEYS: readonly TaskEntryKey[] = ["task", "phase", ...PLAIN_TASK_KEYS];

function fromArchiveRow(row: ArchiveRowSnapshot, today: Date): ArchiveEntry {
  const reason = textOf(row.reason);
  const archivedOn = row.archivedOn?.value;
  return {
    id: idOf(row.cells.id) ?? "",
    cells: cellEntries(row, ALL_KEYS),
    extra: extraEntries(row.extra, row.row),
    origin: textOf(row.origin),
    reason: { da: reason, en: reason },
    archivedOn: typeof archivedOn === "number" ? Math.floor(archivedOn) : toExcelSerial(today),
    start: entryOf(row.cells.start, row.row),
    deadline: entryOf(row.cells.deadline, row.row),
  };
}

/** Appends the workbook's existing archive rows to the entries' archive, in their order. */
export function carryArchive(snapshot: PlanSnapshot, entries: PlanEntries, today: Date): void {
  entries.archive.push(...snapshot.archive.map((row) => fromArchiveRow(row, today)));
}

/**
 * Moves archived entries back to their task when the new plan has that task again and nothing is
 * typed at it; returns how many moved. `onColumns` learns the own columns the task's table needs.
 */
export function restoreFromArchive(
  entries: PlanEntries,
  newPlan: Map<string, PlannedTask>,
  lang: Lang,
  onColumns: (table: string, headers: string[]) => void,
): number {
  let restored = 0;
  entries.archive = entries.archive.filter((archived) => {
    const planned = newPlan.get(archived.id);
    const current = entries.tasks[archived.id];
    if (!planned || (current && hasEntries(current, lang))) return true;
    const { task, phase, ...plain } = archived.cells;
    const cells: TaskEntry["cells"] = { ...plain };
    // Text and phase come back only where they differ from the new plan's.
    if (task && !sameText({ address: "", value: task.value }, planned.title[lang])) cells.task = task;
    if (phase && !sameText({ address: "", value: phase.value }, phaseText(planned.phase, lang))) cells.phase = phase;
    entries.tasks[archived.id] = { id: archived.id, cells, extra: archived.extra };
    onColumns(`Opgaver_${planned.theme}`, Object.keys(archived.extra));
    restored++;
    return false;
  });
  return restored;
}
