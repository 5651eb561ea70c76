/**
 * Overblik's matrix: one row per theme, one group of status columns per phase, each cell a COUNTIFS
 * over that theme's task table; then totals per row (per status and all), per column and overall,
 * % done and overdue per theme. Cached results are the plan as generated (every task Ikke startet).
 */
import { MODEL } from "../model";
import type { Lang } from "../model/types";
import type { ScheduledTask } from "../plan/schedule";
import { cellAddress } from "./address";
import { cell, formula, text } from "./cells";
import { LABELS } from "./labels";
import { MATRIX_COLUMNS, OVERVIEW, TOTAL_GROUP, matrixColumn } from "./overviewLayout";
import { countTasksFormula } from "./taskFormulas";
import type { SheetDescription, StyleKey } from "./types";
import { phaseLabels } from "./values";

const STATUS_INDEX = {
  done: MODEL.statuses.findIndex((s) => s.id === "fuldfoert"),
  notRelevant: MODEL.statuses.findIndex((s) => s.id === "ikke-relevant"),
};

/** % done of a row or column: Fuldført out of the tasks that are not Ikke relevant; blank if none. */
export function percentFormula(tasks: string, done: string, notRelevant: string): string {
  return `IF(${tasks}-${notRelevant}=0,"",${done}/(${tasks}-${notRelevant}))`;
}

/** How many of `tasks` each phase has, in the model's phase order. */
function tasksPerPhase(tasks: ScheduledTask[]): number[] {
  return MODEL.phases.map((phase) => tasks.filter((task) => task.phase === phase.id).length);
}

function cachedPercent(tasks: number): number | string {
  return tasks === 0 ? "" : 0;
}

export function addMatrix(sheet: SheetDescription, lang: Lang, tasks: ScheduledTask[]): void {
  const { matrixGroupRow: groupRow, matrixStatusRow: statusRow, matrixFirstRow: firstRow, matrixTotalRow: totalRow } = OVERVIEW;
  const labels = phaseLabels(lang);
  const notStartedIndex = MODEL.statuses.findIndex((s) => s.id === "ikke-startet");
  const at = (column: number, row: number) => cellAddress(column, row);

  sheet.cells.push(cell(`A${OVERVIEW.matrixHeadingRow}`, text(LABELS.matrixHeading[lang]), "heading"));
  sheet.cells.push(cell(`A${groupRow}`, text(LABELS.theme[lang]), "tableHead"), cell(`A${statusRow}`, text(""), "tableHead"));
  sheet.merges.push(`A${groupRow}:A${statusRow}`);
  const groups: { label: string; style: StyleKey }[] = [
    ...MODEL.phases.map((p) => ({ label: p.label[lang], style: `phase${p.number}` as const })),
    { label: LABELS.total[lang], style: "tableHead" },
  ];
  groups.forEach((group, g) => {
    const first = matrixColumn(g, 0);
    const last = matrixColumn(g, MODEL.statuses.length - 1);
    sheet.cells.push(cell(at(first, groupRow), text(group.label), group.style));
    for (let c = first + 1; c <= last; c++) sheet.cells.push(cell(at(c, groupRow), text(""), group.style));
    sheet.merges.push(`${at(first, groupRow)}:${at(last, groupRow)}`);
    MODEL.statuses.forEach((status, s) => sheet.cells.push(cell(at(matrixColumn(g, s), statusRow), text(status.label[lang]), "matrixHead")));
  });
  const tail: [number, string][] = [
    [MATRIX_COLUMNS.tasks, LABELS.total[lang]],
    [MATRIX_COLUMNS.percent, LABELS.percentDone[lang]],
    [MATRIX_COLUMNS.overdue, LABELS.overdue[lang]],
  ];
  for (const [column, label] of tail) {
    sheet.cells.push(cell(at(column, groupRow), text(label), "tableHead"), cell(at(column, statusRow), text(""), "tableHead"));
    sheet.merges.push(`${at(column, groupRow)}:${at(column, statusRow)}`);
  }

  const rowCells = (row: number, counts: (g: number, s: number) => number | undefined, overdue: string, bold: boolean) => {
    const total = (s: number) => MODEL.phases.map((_, g) => at(matrixColumn(g, s), row)).join("+");
    MODEL.statuses.forEach((_, s) => {
      const sum = MODEL.phases.reduce((acc, _p, g) => acc + (counts(g, s) ?? 0), 0);
      sheet.cells.push(cell(at(matrixColumn(TOTAL_GROUP, s), row), formula(total(s), sum), "countBold"));
    });
    const first = at(matrixColumn(TOTAL_GROUP, 0), row);
    const last = at(matrixColumn(TOTAL_GROUP, MODEL.statuses.length - 1), row);
    const taskCount = MODEL.phases.reduce((acc, _p, g) => acc + MODEL.statuses.reduce((a, _s, s) => a + (counts(g, s) ?? 0), 0), 0);
    const tasksCell = at(MATRIX_COLUMNS.tasks, row);
    sheet.cells.push(
      cell(tasksCell, formula(`SUM(${first}:${last})`, taskCount), "countBold"),
      cell(
        at(MATRIX_COLUMNS.percent, row),
        formula(percentFormula(tasksCell, at(matrixColumn(TOTAL_GROUP, STATUS_INDEX.done), row), at(matrixColumn(TOTAL_GROUP, STATUS_INDEX.notRelevant), row)), cachedPercent(taskCount)),
        "percentBold",
      ),
      cell(at(MATRIX_COLUMNS.overdue, row), formula(overdue), bold ? "countBold" : "count"),
    );
  };

  MODEL.themes.forEach((theme, t) => {
    const row = firstRow + t;
    // Counted once per phase: the closure is asked for every cell of the row and its totals.
    const perPhase = tasksPerPhase(tasks.filter((task) => task.theme === theme.id));
    const count = (g: number, s: number) => (s === notStartedIndex ? perPhase[g] : 0);
    sheet.cells.push(cell(`A${row}`, text(theme.name[lang]), "label"));
    MODEL.phases.forEach((phase, g) => {
      MODEL.statuses.forEach((status, s) => {
        const expression = countTasksFormula({ theme: theme.id, phaseLabel: labels[phase.id], status: status.id }, lang);
        sheet.cells.push(cell(at(matrixColumn(g, s), row), formula(expression, count(g, s)), "count"));
      });
    });
    rowCells(row, count, countTasksFormula({ theme: theme.id, overdue: true }, lang), false);
  });

  const lastThemeRow = totalRow - 1;
  const columnSum = (column: number) => `SUM(${at(column, firstRow)}:${at(column, lastThemeRow)})`;
  sheet.cells.push(cell(`A${totalRow}`, text(LABELS.total[lang]), "label"));
  const allPerPhase = tasksPerPhase(tasks);
  const phaseCount = (g: number, s: number) => (s === notStartedIndex ? allPerPhase[g] : 0);
  MODEL.phases.forEach((_, g) => {
    MODEL.statuses.forEach((_s, s) => sheet.cells.push(cell(at(matrixColumn(g, s), totalRow), formula(columnSum(matrixColumn(g, s)), phaseCount(g, s)), "countBold")));
  });
  rowCells(totalRow, phaseCount, columnSum(MATRIX_COLUMNS.overdue), true);
}
