/**
 * Where things are on the Overblik sheet. Exported so tests and other code can find a figure; the
 * sheet is built from the model, so its shape is the same for every plan of a model version.
 *
 * Columns: A holds labels. The matrix gives each phase a group of four status columns (B:E, F:I,
 * J:M, N:Q), then a group of four status totals (R:U), the theme's task count (V), % done (W) and
 * overdue (X). The phase block above reuses those columns through merges.
 */
import { MODEL } from "../model";
import { cellAddress, columnLetter } from "./address";

const STATUS_COUNT = MODEL.statuses.length;
const PHASE_COUNT = MODEL.phases.length;

export const OVERVIEW = {
  titleRow: 1,
  noteRow: 2,
  kpiLabelRow: 4,
  kpiValueRow: 5,
  phaseHeadingRow: 7,
  phaseHeaderRow: 8,
  phaseFirstRow: 9,
  /** Row of the phase block's totals. */
  phaseTotalRow: 9 + PHASE_COUNT,
  matrixHeadingRow: 15,
  /** Phase names over their status columns. */
  matrixGroupRow: 16,
  /** Status names. */
  matrixStatusRow: 17,
  matrixFirstRow: 18,
  /** Row of the matrix's column totals. */
  matrixTotalRow: 18 + MODEL.themes.length,
} as const;

/** Matrix column of a phase group (0–3, or 4 for the row totals) and a status (0–3, model order). */
export function matrixColumn(group: number, status: number): number {
  return 2 + group * STATUS_COUNT + status;
}

/** The group index of the matrix's row totals. */
export const TOTAL_GROUP = PHASE_COUNT;

export const MATRIX_COLUMNS = {
  tasks: matrixColumn(TOTAL_GROUP + 1, 0),
  percent: matrixColumn(TOTAL_GROUP + 1, 0) + 1,
  overdue: matrixColumn(TOTAL_GROUP + 1, 0) + 2,
} as const;

/** The phase block's merged column spans: [first, last] column numbers. */
export const PHASE_BLOCK = {
  tasks: [2, 3],
  done: [4, 5],
  percent: [6, 7],
  bar: [8, 17],
  overdue: [18, 19],
  gateName: [20, 22],
  gateState: [23, 24],
} as const satisfies Record<string, readonly [number, number]>;

/** The cells of the bar, one per 10 %. */
export const BAR_CELLS = PHASE_BLOCK.bar[1] - PHASE_BLOCK.bar[0] + 1;

/** Key figures across the top: [first, last] column of each. */
export const KPI_SLOTS = {
  goLive: [1, 1],
  daysToGoLive: [2, 5],
  today: [6, 9],
  tasks: [10, 13],
  done: [14, 17],
  percent: [18, 21],
  overdue: [22, 24],
} as const satisfies Record<string, readonly [number, number]>;

export type KpiKey = keyof typeof KPI_SLOTS;

/** "B4:E4" for a [first, last] span on a row; a single cell when first = last. */
export function span([first, last]: readonly [number, number], row: number): string {
  return first === last ? cellAddress(first, row) : `${cellAddress(first, row)}:${cellAddress(last, row)}`;
}

/** The address of the KPI value cell (the top-left of its merge). */
export function kpiCell(key: KpiKey): string {
  return cellAddress(KPI_SLOTS[key][0], OVERVIEW.kpiValueRow);
}

/** Column widths A…X: labels wide, status columns narrow. */
export const OVERVIEW_WIDTHS: number[] = [
  34,
  ...Array.from({ length: (PHASE_COUNT + 1) * STATUS_COUNT }, () => 6.3),
  6.5,
  8,
  10,
];

export const LAST_COLUMN = columnLetter(OVERVIEW_WIDTHS.length);
