/**
 * Overblik: where the municipality stands, on one page. Key figures across the top, progress per
 * phase with an in-cell bar and the state of each phase transition's gate, then the theme × phase
 * matrix of task counts by status. Every figure is a formula over the task tables (and the gate
 * names of the phase sheets), so it follows every edit in Excel or LibreOffice, add-in or not.
 *
 * The bar is conditional-format fills over ten cells (one per 10 %): ExcelJS cannot write charts,
 * and fills render the same in Excel, LibreOffice and their PDFs.
 */
import { MODEL } from "../model";
import type { Lang } from "../model/types";
import { toExcelSerial } from "../plan/dates";
import type { ScheduledTask } from "../plan/schedule";
import { cellAddress } from "./address";
import { cell, formula, text } from "./cells";
import type { PlanInput } from "./input";
import { LABELS } from "./labels";
import { NAMES, transitionReadyName } from "./layout";
import { addMatrix, percentFormula } from "./overviewMatrix";
import { BAR_CELLS, KPI_SLOTS, MATRIX_COLUMNS, OVERVIEW, OVERVIEW_WIDTHS, PHASE_BLOCK, TOTAL_GROUP, kpiCell, matrixColumn, span } from "./overviewLayout";
import { newSheet } from "./sheet";
import { COLORS } from "./styles";
import { countTasksFormula, excelText } from "./taskFormulas";
import type { CellValue, SheetDescription, StyleKey } from "./types";
import { phaseLabels, statusLabel } from "./values";

export function overviewSheetName(lang: Lang): string {
  return LABELS.overviewSheet[lang];
}

/** Puts a value in the first cell of a span and merges it, so the span reads as one cell. */
function spanCell(sheet: SheetDescription, columns: readonly [number, number], row: number, value: CellValue, style: StyleKey): void {
  sheet.cells.push(cell(cellAddress(columns[0], row), value, style));
  for (let c = columns[0] + 1; c <= columns[1]; c++) sheet.cells.push(cell(cellAddress(c, row), text(""), style));
  if (columns[1] > columns[0]) sheet.merges.push(span(columns, row));
}

/** Cached results are the plan as generated (every task Ikke startet); TODAY()'s are left out. */
function addKeyFigures(sheet: SheetDescription, lang: Lang, input: PlanInput, taskCount: number): void {
  const total = OVERVIEW.matrixTotalRow;
  const doneColumn = matrixColumn(TOTAL_GROUP, MODEL.statuses.findIndex((s) => s.id === "fuldfoert"));
  const figures: { key: keyof typeof KPI_SLOTS; label: string; expression: string; style: StyleKey; cached?: number | string }[] = [
    { key: "goLive", label: LABELS.goLive[lang], expression: NAMES.goLive, style: "kpiDate", cached: toExcelSerial(input.goLive) },
    { key: "daysToGoLive", label: LABELS.daysToGoLive[lang], expression: `${NAMES.goLive}-TODAY()`, style: "kpi" },
    { key: "today", label: LABELS.today[lang], expression: "TODAY()", style: "kpiDate" },
    { key: "tasks", label: LABELS.taskCount[lang], expression: cellAddress(MATRIX_COLUMNS.tasks, total), style: "kpi", cached: taskCount },
    { key: "done", label: statusLabel("fuldfoert", lang), expression: cellAddress(doneColumn, total), style: "kpi", cached: 0 },
    { key: "percent", label: LABELS.percentDone[lang], expression: cellAddress(MATRIX_COLUMNS.percent, total), style: "kpiPercent", cached: taskCount === 0 ? "" : 0 },
    { key: "overdue", label: LABELS.overdueTasks[lang], expression: cellAddress(MATRIX_COLUMNS.overdue, total), style: "kpi" },
  ];
  for (const figure of figures) {
    spanCell(sheet, KPI_SLOTS[figure.key], OVERVIEW.kpiLabelRow, text(figure.label), "tableHead");
    spanCell(sheet, KPI_SLOTS[figure.key], OVERVIEW.kpiValueRow, formula(figure.expression, figure.cached), figure.style);
  }
  sheet.rowHeights.push({ row: OVERVIEW.kpiValueRow, height: 26 });
}

function addPhaseBlock(sheet: SheetDescription, lang: Lang, tasks: ScheduledTask[]): void {
  const { phaseHeaderRow: headerRow, phaseFirstRow: firstRow, phaseTotalRow: totalRow, matrixTotalRow } = OVERVIEW;
  const labels = phaseLabels(lang);
  const doneIndex = MODEL.statuses.findIndex((s) => s.id === "fuldfoert");
  const notRelevantIndex = MODEL.statuses.findIndex((s) => s.id === "ikke-relevant");
  sheet.cells.push(cell(`A${OVERVIEW.phaseHeadingRow}`, text(LABELS.progressByPhase[lang]), "heading"));
  sheet.cells.push(cell(`A${headerRow}`, text(LABELS.phaseBar[lang]), "tableHead"));
  const headers: [readonly [number, number], string][] = [
    [PHASE_BLOCK.tasks, LABELS.taskCount[lang]],
    [PHASE_BLOCK.done, MODEL.statuses[doneIndex].label[lang]],
    [PHASE_BLOCK.percent, LABELS.percentDone[lang]],
    [PHASE_BLOCK.bar, LABELS.progress[lang]],
    [PHASE_BLOCK.overdue, LABELS.overdue[lang]],
    [[PHASE_BLOCK.gateName[0], PHASE_BLOCK.gateState[1]], LABELS.gate[lang]],
  ];
  for (const [columns, label] of headers) spanCell(sheet, columns, headerRow, text(label), "tableHead");

  const at = (columns: readonly [number, number], row: number) => cellAddress(columns[0], row);
  const addRow = (row: number, label: string, values: { tasks: string; done: string; notRelevant: string; overdue: string }, taskCount: number) => {
    sheet.cells.push(cell(`A${row}`, text(label), "label"));
    spanCell(sheet, PHASE_BLOCK.tasks, row, formula(values.tasks, taskCount), "countBold");
    spanCell(sheet, PHASE_BLOCK.done, row, formula(values.done, 0), "countBold");
    const percent = percentFormula(at(PHASE_BLOCK.tasks, row), at(PHASE_BLOCK.done, row), values.notRelevant);
    spanCell(sheet, PHASE_BLOCK.percent, row, formula(percent, taskCount === 0 ? "" : 0), "percentBold");
    for (let c = PHASE_BLOCK.bar[0]; c <= PHASE_BLOCK.bar[1]; c++) sheet.cells.push(cell(cellAddress(c, row), text(""), "barTrack"));
    spanCell(sheet, PHASE_BLOCK.overdue, row, formula(values.overdue), "countBold");
  };

  MODEL.phases.forEach((phase, g) => {
    const row = firstRow + g;
    const group = (s: number) => cellAddress(matrixColumn(g, s), matrixTotalRow);
    addRow(row, phase.label[lang], {
      tasks: `SUM(${group(0)}:${group(MODEL.statuses.length - 1)})`,
      done: group(doneIndex),
      notRelevant: group(notRelevantIndex),
      overdue: MODEL.themes.map((theme) => countTasksFormula({ theme: theme.id, phaseLabel: labels[phase.id], overdue: true }, lang)).join("+"),
    }, tasks.filter((t) => t.phase === phase.id).length);
    const transition = MODEL.transitions.find((t) => t.from === phase.id);
    if (!transition) return;
    spanCell(sheet, PHASE_BLOCK.gateName, row, text(transition.name[lang]), "body");
    const state = `IF(${transitionReadyName(transition.from, transition.to)},${excelText(LABELS.gateReady[lang])},${excelText(LABELS.gateNotReady[lang])})`;
    spanCell(sheet, PHASE_BLOCK.gateState, row, formula(state), "countBold");
  });
  const sum = (columns: readonly [number, number]) => `SUM(${at(columns, firstRow)}:${at(columns, totalRow - 1)})`;
  addRow(totalRow, LABELS.total[lang], {
    tasks: sum(PHASE_BLOCK.tasks),
    done: sum(PHASE_BLOCK.done),
    notRelevant: cellAddress(matrixColumn(TOTAL_GROUP, notRelevantIndex), matrixTotalRow),
    overdue: sum(PHASE_BLOCK.overdue),
  }, tasks.length);
}

/** Few rules, each over a whole range: the add-in adds them in the same sync as the cells. */
function addConditionalFormats(sheet: SheetDescription, lang: Lang): void {
  const { phaseFirstRow: firstRow, phaseTotalRow: totalRow } = OVERVIEW;
  const barFirst = cellAddress(PHASE_BLOCK.bar[0], firstRow);
  const percent = `$${cellAddress(PHASE_BLOCK.percent[0], firstRow)}`;
  const gate = `$${cellAddress(PHASE_BLOCK.gateState[0], firstRow)}`;
  const barColumn = `COLUMN(${barFirst})-COLUMN($${barFirst})+1`;
  const overdueFirst = cellAddress(MATRIX_COLUMNS.overdue, OVERVIEW.matrixFirstRow);
  const gates = `${cellAddress(PHASE_BLOCK.gateState[0], firstRow)}:${cellAddress(PHASE_BLOCK.gateState[1], firstRow + MODEL.transitions.length - 1)}`;
  sheet.conditionalFormats.push(
    // Cell k of the bar (1…10) fills when % done rounds to at least k tenths.
    { range: `${barFirst}:${cellAddress(PHASE_BLOCK.bar[1], totalRow)}`, formula: `ROUND(N(${percent})*${BAR_CELLS},0)>=${barColumn}`, fill: COLORS.barDone, priority: 1 },
    { range: gates, formula: `${gate}=${excelText(LABELS.gateReady[lang])}`, fill: COLORS.doneFill, fontColor: COLORS.readyFont, priority: 2 },
    { range: gates, formula: `${gate}=${excelText(LABELS.gateNotReady[lang])}`, fill: COLORS.invalidFill, fontColor: COLORS.invalidFont, priority: 3 },
    { range: `${cellAddress(PHASE_BLOCK.overdue[0], firstRow)}:${cellAddress(PHASE_BLOCK.overdue[1], totalRow)}`, formula: `$${cellAddress(PHASE_BLOCK.overdue[0], firstRow)}>0`, fill: COLORS.overdueFill, priority: 4 },
    { range: `${overdueFirst}:${cellAddress(MATRIX_COLUMNS.overdue, OVERVIEW.matrixTotalRow)}`, formula: `${overdueFirst}>0`, fill: COLORS.overdueFill, priority: 5 },
    { range: span(KPI_SLOTS.overdue, OVERVIEW.kpiValueRow), formula: `$${kpiCell("overdue")}>0`, fill: COLORS.overdueFill, priority: 6 },
  );
}

export function buildOverviewSheet(input: PlanInput, tasks: ScheduledTask[]): SheetDescription {
  const { lang } = input;
  const sheet = newSheet("overview", "overview", overviewSheetName(lang));
  sheet.tabColor = COLORS.accent;
  sheet.columnWidths = [...OVERVIEW_WIDTHS];
  const title = input.municipality ? `${LABELS.overviewSheet[lang]} – ${input.municipality.name}` : LABELS.overviewSheet[lang];
  sheet.cells.push(cell(`A${OVERVIEW.titleRow}`, text(title), "title"), cell(`A${OVERVIEW.noteRow}`, text(LABELS.overviewNote[lang]), "muted"));
  addKeyFigures(sheet, lang, input, tasks.length);
  addPhaseBlock(sheet, lang, tasks);
  addMatrix(sheet, lang, tasks);
  sheet.cells.push(cell(`A${OVERVIEW.matrixTotalRow + 2}`, text(LABELS.definitions[lang]), "muted"));
  sheet.rowHeights.push({ row: OVERVIEW.phaseHeaderRow, height: 18 }, { row: OVERVIEW.matrixGroupRow, height: 18 }, { row: OVERVIEW.matrixStatusRow, height: 24 });
  addConditionalFormats(sheet, lang);
  sheet.print = { orientation: "landscape" };
  return sheet;
}
