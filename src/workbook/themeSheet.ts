/**
 * One sheet per theme with its task table. Start and Deadline are formulas: by default they look
 * up the window of the phase named in the row's Fase cell, so changing a task's phase or the
 * go-live moves its dates in Excel itself. When the plan is re-made from an earlier one (implan
 * update), the user's entries, local tasks and own columns are written back; conditional formats
 * mark overdue and invalid entries.
 */
import type { Theme } from "../model/types";
import { phaseWindows } from "../plan/phases";
import type { ScheduledTask } from "../plan/schedule";
import { cellAddress, rangeFrom } from "./address";
import { cell, text } from "./cells";
import type { PlanInput } from "./input";
import { LABELS } from "./labels";
import { NAMES, TASK_COLUMNS, taskTableName } from "./layout";
import { newSheet } from "./sheet";
import { COLORS } from "./styles";
import { FORMAT_SLACK_ROWS, taskTableFormats } from "./themeFormats";
import { localEntriesOf, localTaskRow, scheduledTaskRow, taskColumn, type TaskRowsContext } from "./taskRows";
import type { SheetDescription, TableColumn } from "./types";

export { taskDateFormula } from "./taskRows";

export const THEME_SHEET = { purposeRow: 2, tableRow: 4 } as const;

/** Width of a user's own column: as wide as its header, within reason. */
const extraWidth = (header: string) => Math.min(40, Math.max(12, header.length + 2));

export function buildThemeSheet(theme: Theme, tasks: ScheduledTask[], input: PlanInput): SheetDescription {
  const { lang, variant, entries } = input;
  const tableName = taskTableName(theme.id);
  const sheet = newSheet(`theme:${theme.id}`, "theme", theme.sheetName[lang]);
  sheet.tabColor = COLORS.themeTab;
  sheet.columnWidths = TASK_COLUMNS.map((c) => c.width);
  sheet.cells.push(
    cell("A1", text(theme.name[lang]), "title"),
    cell(`A${THEME_SHEET.purposeRow}`, text(LABELS.purpose[lang]), "label"),
    cell(`B${THEME_SHEET.purposeRow}`, text(theme.purpose[lang]), "wrap"),
  );
  sheet.merges.push(`B${THEME_SHEET.purposeRow}:J${THEME_SHEET.purposeRow}`);
  sheet.rowHeights.push({ row: THEME_SHEET.purposeRow, height: 30 });

  const firstBodyRow = THEME_SHEET.tableRow + 1;
  const ctx: TaskRowsContext = {
    lang,
    variant,
    goLive: input.goLive,
    windows: phaseWindows(input.goLive, variant),
    entries,
    extraHeaders: entries?.extraColumns[tableName] ?? [],
  };
  const locals = localEntriesOf(theme.id, entries);
  const rows = [
    ...tasks.map((t, i) => scheduledTaskRow(t, firstBodyRow + i, ctx)),
    ...locals.map((t, i) => localTaskRow(t, firstBodyRow + tasks.length + i, ctx)),
  ];
  const extraColumns: TableColumn[] = ctx.extraHeaders.map((header, i) => {
    const dates = [...tasks.map((t) => entries?.tasks[t.id]), ...locals].map((e) => e?.extra[header]).filter((e) => e && e.value !== null);
    const style = dates.length > 0 && dates.every((e) => e?.isDate) ? "date" : "body";
    return { key: `extra:${i}`, header, width: extraWidth(header), style };
  });
  sheet.tables.push({
    name: tableName,
    topLeft: `A${THEME_SHEET.tableRow}`,
    columns: [
      ...TASK_COLUMNS.map((c) => ({
        key: c.key,
        header: c.header[lang],
        width: c.width,
        style: c.key === "start" || c.key === "deadline" || c.key === "completed" ? "date" : c.key === "task" || c.key === "note" ? "wrap" : "body",
      })),
      ...extraColumns,
    ] as TableColumn[],
    rows,
    style: "TableStyleMedium2",
  });
  const count = Math.max(rows.length, 1);
  const validation = (key: (typeof TASK_COLUMNS)[number]["key"]) => rangeFrom(cellAddress(taskColumn(key), firstBodyRow), 1, count);
  sheet.validations.push(
    { range: validation("status"), source: NAMES.statusList, errorTitle: LABELS.statusErrorTitle[lang], error: LABELS.statusError[lang] },
    { range: validation("phase"), source: NAMES.phaseList, errorTitle: LABELS.phaseErrorTitle[lang], error: LABELS.phaseError[lang] },
  );
  sheet.conditionalFormats.push(...taskTableFormats(firstBodyRow, firstBodyRow + count - 1 + FORMAT_SLACK_ROWS, lang));
  sheet.freeze = { rows: THEME_SHEET.tableRow, columns: 0 };
  sheet.print = { orientation: "landscape", repeatRows: `${THEME_SHEET.tableRow}:${THEME_SHEET.tableRow}` };
  return sheet;
}
