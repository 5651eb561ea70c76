/**
 * Tidslinje: a Gantt view. One row per task, grouped under a row per phase; one column per week
 * from the week Fase 1 starts to a few months into Fase 4. Each row looks its task up by ID in its
 * theme's table (so sorting or inserting rows there breaks nothing); each week cell holds a bar
 * code, 0 outside the task's Start…Deadline and otherwise its status (overdue wins), and a handful
 * of conditional formats over the whole grid turn the codes into colours. Today's week and the
 * go-live week are tinted where no bar covers them.
 */
import { MODEL } from "../model";
import type { Lang } from "../model/types";
import { toExcelSerial } from "../plan/dates";
import type { PhaseWindow, ScheduledTask } from "../plan/schedule";
import { absolute, cellAddress } from "./address";
import { cell, formula, num, text } from "./cells";
import type { PlanInput } from "./input";
import { LABELS } from "./labels";
import { NAMES, TASK_COLUMNS, header, phaseEndName, phaseStartName } from "./layout";
import { newSheet } from "./sheet";
import { COLORS } from "./styles";
import { excelText, lookupTaskFormula } from "./taskFormulas";
import { addTimelineHeader } from "./timelineHeader";
import { BAR_CODES, TIMELINE, TIMELINE_START_NAME, TIMELINE_WIDTHS, WEEK_COLUMN_WIDTH, timelineWeeks, weekColumnLetter } from "./timelineLayout";
import type { ConditionalFormat, NameDescription, SheetDescription } from "./types";
import { statusLabel } from "./values";

export function timelineSheetName(lang: Lang): string {
  return LABELS.timelineSheet[lang];
}

/** The bar code of a task row: 0 without both dates, else its status, overdue before the rest. */
export function rowCodeFormula(row: number, lang: Lang): string {
  const [start, deadline, status] = [TIMELINE.startColumn, TIMELINE.deadlineColumn, TIMELINE.statusColumn].map((c) => `$${cellAddress(c, row)}`);
  const is = (id: Parameters<typeof statusLabel>[0]) => `${status}=${excelText(statusLabel(id, lang))}`;
  return (
    `IF(OR(N(${start})=0,N(${deadline})=0),${BAR_CODES.none},` +
    `IF(${is("fuldfoert")},${BAR_CODES.done},IF(${is("ikke-relevant")},${BAR_CODES.notRelevant},` +
    `IF(${deadline}<TODAY(),${BAR_CODES.overdue},IF(${is("i-gang")},${BAR_CODES.inProgress},${BAR_CODES.notStarted})))))`
  );
}

/**
 * A week column: its letter and its Monday's cell ("G$6"). The grid has a cell per row and week, so
 * these are made once per sheet, and each row's own references once per row.
 */
interface WeekColumn {
  letter: string;
  monday: string;
}

/** A row's week cells: the row's code when the week (Monday…Sunday) overlaps Start…Deadline, else 0. */
function weekCellFormulas(row: number, weeks: readonly WeekColumn[]): string[] {
  const start = `$${cellAddress(TIMELINE.startColumn, row)}`;
  const deadline = `$${cellAddress(TIMELINE.deadlineColumn, row)}`;
  const code = `$${cellAddress(TIMELINE.codeColumn, row)}`;
  return weeks.map(({ monday }) => `IF(AND(${start}<=${monday}+6,${deadline}>=${monday}),${code},0)`);
}

function addWeekCells(sheet: SheetDescription, row: number, weeks: readonly WeekColumn[]): void {
  weekCellFormulas(row, weeks).forEach((expression, week) => sheet.cells.push(cell(`${weeks[week].letter}${row}`, formula(expression), "ganttCode")));
}

function addTaskRow(sheet: SheetDescription, row: number, task: ScheduledTask, lang: Lang, weeks: readonly WeekColumn[]): void {
  const id = `$${cellAddress(TIMELINE.idColumn, row)}`;
  const look = (key: Parameters<typeof lookupTaskFormula>[2]) => lookupTaskFormula(task.theme, id, key, lang);
  sheet.cells.push(
    cell(cellAddress(TIMELINE.idColumn, row), text(task.id), "body"),
    // T() keeps a blank cell blank instead of the 0 that INDEX gives for it.
    cell(cellAddress(TIMELINE.titleColumn, row), formula(`IFERROR(T(${look("task")}),"")`, task.title[lang]), "body"),
    cell(cellAddress(TIMELINE.startColumn, row), formula(`IFERROR(${look("start")},"")`, toExcelSerial(task.start)), "ganttDate"),
    cell(cellAddress(TIMELINE.deadlineColumn, row), formula(`IFERROR(${look("deadline")},"")`, toExcelSerial(task.deadline)), "ganttDate"),
    cell(cellAddress(TIMELINE.statusColumn, row), formula(`IFERROR(T(${look("status")}),"")`, statusLabel("ikke-startet", lang)), "body"),
    cell(cellAddress(TIMELINE.codeColumn, row), formula(rowCodeFormula(row, lang)), "ganttCode"),
  );
  addWeekCells(sheet, row, weeks);
}

function addPhaseRow(sheet: SheetDescription, row: number, window: PhaseWindow, lang: Lang, weeks: readonly WeekColumn[]): void {
  const phase = MODEL.phases.find((p) => p.id === window.phase);
  sheet.cells.push(
    cell(cellAddress(TIMELINE.idColumn, row), text(phase ? phase.label[lang] : window.phase), "ganttPhase"),
    cell(cellAddress(TIMELINE.titleColumn, row), text(""), "ganttPhase"),
    cell(cellAddress(TIMELINE.startColumn, row), formula(phaseStartName(window.phase), toExcelSerial(window.start)), "ganttDate"),
    cell(cellAddress(TIMELINE.deadlineColumn, row), formula(phaseEndName(window.phase), toExcelSerial(window.end)), "ganttDate"),
    cell(cellAddress(TIMELINE.statusColumn, row), text(""), "ganttPhase"),
    cell(cellAddress(TIMELINE.codeColumn, row), num(BAR_CODES.phase), "ganttCode"),
  );
  sheet.merges.push(`${cellAddress(TIMELINE.idColumn, row)}:${cellAddress(TIMELINE.titleColumn, row)}`);
  addWeekCells(sheet, row, weeks);
}

/** One rule per colour over the whole grid of week cells. */
function gridFormats(lastRow: number, weeks: number): ConditionalFormat[] {
  const code = `${weekColumnLetter(0)}${TIMELINE.firstRow}`;
  const grid = `${code}:${weekColumnLetter(weeks - 1)}${lastRow}`;
  const header = `${weekColumnLetter(0)}${TIMELINE.startRow}:${weekColumnLetter(weeks - 1)}${TIMELINE.mondayRow}`;
  const weekColumn = weekColumnLetter(0);
  const inWeek = (date: string, column: string) => `AND(${date}>=${column}$${TIMELINE.mondayRow},${date}<${column}$${TIMELINE.mondayRow}+7)`;
  const bars: [number, string][] = [
    [BAR_CODES.overdue, COLORS.barOverdue],
    [BAR_CODES.done, COLORS.barDone],
    [BAR_CODES.inProgress, COLORS.barInProgress],
    [BAR_CODES.notStarted, COLORS.barNotStarted],
    [BAR_CODES.notRelevant, COLORS.barNotRelevant],
    [BAR_CODES.phase, COLORS.barPhase],
  ];
  const formats: ConditionalFormat[] = bars.map(([value, fill], i) => ({ range: grid, formula: `${code}=${value}`, fill, priority: i + 1 }));
  formats.push(
    { range: grid, formula: inWeek(NAMES.goLive, weekColumn), fill: COLORS.goLiveTint, priority: formats.length + 1 },
    { range: grid, formula: inWeek("TODAY()", weekColumn), fill: COLORS.todayTint, priority: formats.length + 2 },
    { range: header, formula: inWeek(NAMES.goLive, weekColumn), fill: COLORS.goLive, fontColor: COLORS.white, bold: true, priority: formats.length + 3 },
    { range: header, formula: inWeek("TODAY()", weekColumn), fill: COLORS.today, fontColor: COLORS.white, bold: true, priority: formats.length + 4 },
  );
  return formats;
}

export function buildTimelineSheet(input: PlanInput, windows: PhaseWindow[], tasks: ScheduledTask[]): { sheet: SheetDescription; names: NameDescription[] } {
  const { lang } = input;
  const sheet = newSheet("timeline", "timeline", timelineSheetName(lang));
  sheet.tabColor = COLORS.accent;
  const { firstMonday, weeks } = timelineWeeks(windows);
  sheet.columnWidths = [...TIMELINE_WIDTHS, ...Array.from({ length: weeks }, () => WEEK_COLUMN_WIDTH)];
  const title = input.municipality ? `${LABELS.timelineSheet[lang]} – ${input.municipality.name}` : LABELS.timelineSheet[lang];
  sheet.cells.push(cell(`A${TIMELINE.titleRow}`, text(title), "title"));
  addTimelineHeader(sheet, lang, firstMonday, weeks);
  const headers: [number, string][] = [
    [TIMELINE.idColumn, header(TASK_COLUMNS, "id", lang)],
    [TIMELINE.titleColumn, header(TASK_COLUMNS, "task", lang)],
    [TIMELINE.startColumn, header(TASK_COLUMNS, "start", lang)],
    [TIMELINE.deadlineColumn, header(TASK_COLUMNS, "deadline", lang)],
    [TIMELINE.statusColumn, header(TASK_COLUMNS, "status", lang)],
    [TIMELINE.codeColumn, ""],
  ];
  for (const [column, label] of headers) sheet.cells.push(cell(cellAddress(column, TIMELINE.weekRow), text(label), "tableHead"));

  const columns = Array.from({ length: weeks }, (_, week): WeekColumn => {
    const letter = weekColumnLetter(week);
    return { letter, monday: `${letter}$${TIMELINE.mondayRow}` };
  });
  let row = TIMELINE.firstRow;
  for (const window of windows) {
    addPhaseRow(sheet, row++, window, lang, columns);
    for (const task of tasks.filter((t) => t.phase === window.phase)) addTaskRow(sheet, row++, task, lang, columns);
  }
  sheet.conditionalFormats.push(...gridFormats(row - 1, weeks));
  sheet.freeze = { rows: TIMELINE.mondayRow, columns: TIMELINE.codeColumn };
  sheet.print = { orientation: "landscape", repeatRows: `${TIMELINE.startRow}:${TIMELINE.mondayRow}` };
  return { sheet, names: [{ name: TIMELINE_START_NAME, sheet: sheet.name, range: absolute(TIMELINE.startCell) }] };
}
