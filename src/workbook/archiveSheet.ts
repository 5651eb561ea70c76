/**
 * The Arkiv sheet: entries that no longer have a task row after implan update (the new variant
 * removed the task, or the row had a duplicate or unknown ID), so nothing typed is ever lost. Its
 * table has the task columns first, in the same order as a theme table, then where the row came
 * from, why it was archived and when, then the user's own columns.
 */
import type { ArchiveEntry, EntryCell, PlanEntries } from "../plan/update/entries";
import { cell, date, empty, text } from "./cells";
import { entryCell } from "./entryCells";
import { GATE_LABELS } from "./gateLabels";
import type { PlanInput } from "./input";
import { ARCHIVE_COLUMNS, ARCHIVE_TABLE, TASK_COLUMNS, type ArchiveColumnKey, type TaskColumnKey } from "./layout";
import { newSheet } from "./sheet";
import { COLORS } from "./styles";
import type { CellValue, SheetDescription, TableColumn } from "./types";

export const ARCHIVE_SHEET = { noteRow: 2, tableRow: 4 } as const;

const DATE_KEYS = new Set<string>(["start", "deadline", "completed", "archivedOn"]);

/** A date as it stood when archived: the value only, since the formula that made it is gone. */
const frozen = (entry: EntryCell | undefined): EntryCell | undefined => entry && { value: entry.value, isDate: true };

function archiveRow(entry: ArchiveEntry, row: number, input: PlanInput, extraHeaders: string[]): CellValue[] {
  const cells = entry.cells;
  const byKey: Record<TaskColumnKey | ArchiveColumnKey, CellValue> = {
    id: text(entry.id),
    task: entryCell(cells.task, row, empty),
    phase: entryCell(cells.phase, row, empty),
    responsible: entryCell(cells.responsible, row, empty),
    performer: entryCell(cells.performer, row, empty),
    start: entryCell(frozen(entry.start), row, empty, true),
    deadline: entryCell(frozen(entry.deadline), row, empty, true),
    status: entryCell(cells.status, row, empty),
    completed: entryCell(cells.completed, row, empty, true),
    note: entryCell(cells.note, row, empty),
    origin: text(entry.origin),
    reason: text(entry.reason[input.lang]),
    archivedOn: date(entry.archivedOn),
  };
  return [...TASK_COLUMNS.map((c) => byKey[c.key]), ...ARCHIVE_COLUMNS.map((c) => byKey[c.key]), ...extraHeaders.map((h) => entryCell(entry.extra[h], row, empty))];
}

/** The archive sheet, or undefined when there is nothing to archive. */
export function buildArchiveSheet(input: PlanInput): SheetDescription | undefined {
  const entries: PlanEntries | undefined = input.entries;
  if (!entries || entries.archive.length === 0) return undefined;
  const { lang } = input;
  const sheet = newSheet("archive", "archive", GATE_LABELS.archiveSheet[lang]);
  sheet.tabColor = COLORS.muted;
  sheet.cells.push(cell("A1", text(GATE_LABELS.archiveTitle[lang]), "title"), cell(`A${ARCHIVE_SHEET.noteRow}`, text(GATE_LABELS.archiveNote[lang]), "muted"));
  const columns: TableColumn[] = [
    ...[...TASK_COLUMNS, ...ARCHIVE_COLUMNS].map((c) => ({
      key: c.key,
      header: c.header[lang],
      width: c.width,
      style: DATE_KEYS.has(c.key) ? ("date" as const) : c.key === "task" || c.key === "note" ? ("wrap" as const) : ("body" as const),
    })),
    ...entries.archiveExtraColumns.map((header, i) => ({ key: `extra:${i}`, header, width: Math.min(40, Math.max(12, header.length + 2)), style: "body" as const })),
  ];
  const firstBodyRow = ARCHIVE_SHEET.tableRow + 1;
  sheet.tables.push({
    name: ARCHIVE_TABLE,
    topLeft: `A${ARCHIVE_SHEET.tableRow}`,
    columns,
    rows: entries.archive.map((entry, i) => archiveRow(entry, firstBodyRow + i, input, entries.archiveExtraColumns)),
    style: "TableStyleLight1",
  });
  sheet.columnWidths = columns.map((c) => c.width);
  sheet.freeze = { rows: ARCHIVE_SHEET.tableRow, columns: 0 };
  sheet.print = { orientation: "landscape", repeatRows: `${ARCHIVE_SHEET.tableRow}:${ARCHIVE_SHEET.tableRow}` };
  return sheet;
}
