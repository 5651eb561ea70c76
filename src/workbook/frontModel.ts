/**
 * The model as people know it from KOMBIT's slides, beside the phase table on the front sheet: the
 * four phases as coloured blocks in order with their windows as dates, the three transitions on
 * the boundaries, the go-live milestone, and the rollout course (Fase 2 + Fase 3) over them.
 * Every date is a formula on the phase names, so it moves with GoLive.
 */
import { MODEL } from "../model";
import type { Lang } from "../model/types";
import { toExcelSerial } from "../plan/dates";
import type { PhaseWindow } from "../plan/schedule";
import { cellAddress } from "./address";
import { cell, formula, text } from "./cells";
import { LABELS } from "./labels";
import { NAMES, phaseEndName, phaseStartName } from "./layout";
import type { CellValue, SheetDescription, StyleKey } from "./types";

export const FRONT_MODEL = {
  firstColumn: 6,
  /** Each phase is two columns wide: its start date under the left one, its end under the right. */
  columnsPerPhase: 2,
  columnWidth: 11,
  headingRow: 11,
  rolloutRow: 12,
  bandRow: 13,
  windowRow: 14,
  transitionRow: 16,
  transitionDateRow: 17,
  milestoneRow: 18,
  milestoneDateRow: 19,
} as const;

const phaseColumn = (index: number) => FRONT_MODEL.firstColumn + index * FRONT_MODEL.columnsPerPhase;

function merged(sheet: SheetDescription, first: number, last: number, row: number, value: CellValue, style: StyleKey): void {
  sheet.cells.push(cell(cellAddress(first, row), value, style));
  for (let c = first + 1; c <= last; c++) sheet.cells.push(cell(cellAddress(c, row), text(""), style));
  if (last > first) sheet.merges.push(`${cellAddress(first, row)}:${cellAddress(last, row)}`);
}

/** The columns a milestone on `date` stands under: the boundary it starts a phase at, else its phase. */
function milestoneColumns(windows: PhaseWindow[], date: Date): [number, number] {
  const serial = toExcelSerial(date);
  const index = windows.findIndex((w) => toExcelSerial(w.start) <= serial && serial <= toExcelSerial(w.end));
  const at = Math.max(index, 0);
  if (at > 0 && toExcelSerial(windows[at].start) === serial) return [phaseColumn(at) - 1, phaseColumn(at)];
  return [phaseColumn(at), phaseColumn(at) + 1];
}

export function addModelStrip(sheet: SheetDescription, lang: Lang, windows: PhaseWindow[], goLive: Date): void {
  const R = FRONT_MODEL;
  sheet.cells.push(cell(cellAddress(R.firstColumn, R.headingRow), text(LABELS.modelHeading[lang]), "heading"));
  // The rollout course is Fase 2 and Fase 3 (model.md, section 5).
  const f2 = MODEL.phases.findIndex((p) => p.id === "F2");
  merged(sheet, phaseColumn(f2), phaseColumn(f2 + 2) - 1, R.rolloutRow, text(LABELS.rolloutCourse[lang]), "rollout");

  MODEL.phases.forEach((phase, i) => {
    const first = phaseColumn(i);
    const window = windows.find((w) => w.phase === phase.id);
    merged(sheet, first, first + 1, R.bandRow, text(phase.label[lang]), `phase${phase.number}`);
    sheet.cells.push(
      cell(cellAddress(first, R.windowRow), formula(phaseStartName(phase.id), window ? toExcelSerial(window.start) : undefined), "centerDate"),
      cell(cellAddress(first + 1, R.windowRow), formula(phaseEndName(phase.id), window ? toExcelSerial(window.end) : undefined), "centerDate"),
    );
  });

  MODEL.transitions.forEach((transition) => {
    const to = MODEL.phases.findIndex((p) => p.id === transition.to);
    const window = windows.find((w) => w.phase === transition.to);
    const [first, last] = [phaseColumn(to) - 1, phaseColumn(to)];
    merged(sheet, first, last, R.transitionRow, text(transition.name[lang]), "caption");
    merged(sheet, first, last, R.transitionDateRow, formula(phaseStartName(transition.to), window ? toExcelSerial(window.start) : undefined), "centerDate");
  });

  const [first, last] = milestoneColumns(windows, goLive);
  merged(sheet, first, last, R.milestoneRow, text(LABELS.milestone[lang]), "milestone");
  merged(sheet, first, last, R.milestoneDateRow, formula(NAMES.goLive, toExcelSerial(goLive)), "centerDate");
}
