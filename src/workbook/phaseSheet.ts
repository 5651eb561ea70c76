/**
 * One sheet per phase: its window, focus, effect and actors from the model, and the table of
 * success criteria that the municipality assesses at the phase transition (the self-check).
 */
import { MODEL } from "../model";
import type { Phase } from "../model/types";
import { toExcelSerial } from "../plan/dates";
import type { PhaseWindow } from "../plan/schedule";
import { rangeFrom } from "./address";
import { cell, formula, text } from "./cells";
import type { PlanInput } from "./input";
import { LABELS } from "./labels";
import { CRITERIA_COLUMNS, NAMES, criteriaTableName, phaseEndName, phaseStartName } from "./layout";
import { newSheet } from "./sheet";
import type { NameDescription, SheetDescription } from "./types";
import { COLORS } from "./styles";
import { assessmentLabel } from "./values";

export const PHASE_SHEET = { windowRow: 2, focusRow: 3, effectRow: 4, actorsRow: 5, headingRow: 7, tableRow: 8 } as const;

export function buildPhaseSheet(phase: Phase, window: PhaseWindow, input: PlanInput): { sheet: SheetDescription; names: NameDescription[] } {
  const { lang } = input;
  const sheet = newSheet(`phase:${phase.id}`, "phase", phase.label[lang]);
  sheet.tabColor = COLORS.phaseTabs[phase.number - 1];
  sheet.columnWidths = CRITERIA_COLUMNS.map((c) => c.width);
  const prose = (row: number, label: string, value: string) => {
    sheet.cells.push(cell(`A${row}`, text(label), "label"), cell(`B${row}`, text(value), "wrap"));
    sheet.merges.push(`B${row}:D${row}`);
    sheet.rowHeights.push({ row, height: Math.max(15, Math.ceil(value.length / 110) * 15) });
  };

  sheet.cells.push(
    cell("A1", text(phase.label[lang]), "title"),
    cell(`A${PHASE_SHEET.windowRow}`, text(LABELS.window[lang]), "label"),
    cell(`B${PHASE_SHEET.windowRow}`, formula(phaseStartName(phase.id), toExcelSerial(window.start)), "dateLabel"),
    cell(`C${PHASE_SHEET.windowRow}`, formula(phaseEndName(phase.id), toExcelSerial(window.end)), "dateLabel"),
  );
  prose(PHASE_SHEET.focusRow, LABELS.focus[lang], phase.focus[lang]);
  prose(PHASE_SHEET.effectRow, LABELS.effect[lang], phase.effect[lang]);
  prose(PHASE_SHEET.actorsRow, LABELS.actors[lang], phase.actors.map((a) => a[lang]).join(" · "));
  sheet.cells.push(cell(`A${PHASE_SHEET.headingRow}`, text(LABELS.criteria[lang]), "heading"));

  const criteria = MODEL.criteria.filter((c) => c.phase === phase.id);
  const notAssessed = assessmentLabel("ikke-vurderet", lang);
  sheet.tables.push({
    name: criteriaTableName(phase.id),
    topLeft: `A${PHASE_SHEET.tableRow}`,
    columns: CRITERIA_COLUMNS.map((c) => ({
      key: c.key,
      header: c.header[lang],
      width: c.width,
      style: c.key === "criterion" || c.key === "justification" ? "wrap" : "body",
    })),
    rows: criteria.map((c) => [text(c.id), text(c.text[lang]), text(notAssessed), text("")]),
    style: "TableStyleMedium2",
  });
  const firstBodyRow = PHASE_SHEET.tableRow + 1;
  const assessmentRange = rangeFrom(`C${firstBodyRow}`, 1, criteria.length);
  sheet.validations.push({
    range: assessmentRange,
    source: NAMES.assessmentList,
    errorTitle: LABELS.assessmentErrorTitle[lang],
    error: LABELS.assessmentError[lang],
  });
  sheet.freeze = { rows: 1, columns: 0 };
  sheet.print = { orientation: "landscape", repeatRows: `${PHASE_SHEET.tableRow}:${PHASE_SHEET.tableRow}` };
  return { sheet, names: [] };
}
