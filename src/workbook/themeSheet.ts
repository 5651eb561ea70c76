/**
 * One sheet per theme with its task table. Start and Deadline are formulas: by default they look
 * up the window of the phase named in the row's Fase cell, so changing a task's phase or the
 * go-live moves its dates in Excel itself.
 */
import type { Theme } from "../model/types";
import { toExcelSerial } from "../plan/dates";
import type { DateRule, ScheduledTask } from "../plan/schedule";
import { cellAddress, rangeFrom } from "./address";
import { date, formula, text, cell } from "./cells";
import { blankOnError, offsetFormula, onOrBeforeWorkday, phaseLookupFormula } from "./dateFormulas";
import type { PlanInput } from "./input";
import { LABELS } from "./labels";
import { NAMES, TASK_COLUMNS, taskTableName } from "./layout";
import { newSheet } from "./sheet";
import { COLORS } from "./styles";
import { phaseLabels, statusLabel } from "./values";
import type { CellValue, SheetDescription } from "./types";

export const THEME_SHEET = { purposeRow: 2, tableRow: 4 } as const;

const column = (key: (typeof TASK_COLUMNS)[number]["key"]) => TASK_COLUMNS.findIndex((c) => c.key === key) + 1;

/** The Excel expression for a task date; `phaseCell` is the row's Fase cell, e.g. "C5". */
export function taskDateFormula(rule: DateRule, phaseCell: string, isDeadline: boolean, workdaysOnly: boolean): string | undefined {
  let expression: string;
  let lookup = false;
  switch (rule.kind) {
    case "phaseStart":
      expression = phaseLookupFormula("start", phaseCell);
      lookup = true;
      break;
    case "phaseEnd":
      expression = phaseLookupFormula("end", phaseCell);
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

function dateCell(rule: DateRule, value: Date, phaseCell: string, isDeadline: boolean, workdaysOnly: boolean): CellValue {
  const serial = toExcelSerial(value);
  const expression = taskDateFormula(rule, phaseCell, isDeadline, workdaysOnly);
  return expression === undefined ? date(serial) : formula(expression, serial);
}

export function buildThemeSheet(theme: Theme, tasks: ScheduledTask[], input: PlanInput): SheetDescription {
  const { lang, variant } = input;
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
  const notStarted = statusLabel("ikke-startet", lang);
  const phaseLabel = (t: ScheduledTask) => phaseLabels(lang)[t.phase];
  const rows = tasks.map((t, i) => {
    const phaseCell = cellAddress(column("phase"), firstBodyRow + i);
    return [
      text(t.id),
      text(t.title[lang]),
      text(phaseLabel(t)),
      text(""),
      text(""),
      dateCell(t.startRule, t.start, phaseCell, false, variant.workdaysOnly),
      dateCell(t.deadlineRule, t.deadline, phaseCell, true, variant.workdaysOnly),
      text(notStarted),
      { kind: "empty" } as CellValue,
      text(""),
    ];
  });
  sheet.tables.push({
    name: taskTableName(theme.id),
    topLeft: `A${THEME_SHEET.tableRow}`,
    columns: TASK_COLUMNS.map((c) => ({
      key: c.key,
      header: c.header[lang],
      width: c.width,
      style: c.key === "start" || c.key === "deadline" || c.key === "completed" ? "date" : c.key === "task" || c.key === "note" ? "wrap" : "body",
    })),
    rows,
    style: "TableStyleMedium2",
  });
  const count = Math.max(rows.length, 1);
  const validation = (key: (typeof TASK_COLUMNS)[number]["key"]) => rangeFrom(cellAddress(column(key), firstBodyRow), 1, count);
  sheet.validations.push(
    { range: validation("status"), source: NAMES.statusList, errorTitle: LABELS.statusErrorTitle[lang], error: LABELS.statusError[lang] },
    { range: validation("phase"), source: NAMES.phaseList, errorTitle: LABELS.phaseErrorTitle[lang], error: LABELS.phaseError[lang] },
  );
  sheet.freeze = { rows: THEME_SHEET.tableRow, columns: 0 };
  sheet.print = { orientation: "landscape", repeatRows: `${THEME_SHEET.tableRow}:${THEME_SHEET.tableRow}` };
  return sheet;
}
