/**
 * One sheet per phase: its window, focus, effect and actors from the model, the table of success
 * criteria that the municipality assesses at the phase transition (the self-check), and under it
 * the self-check block (gateBlock.ts). When the plan is re-made (implan update), the assessments,
 * justifications, own criteria and own columns are written back.
 */
import { MODEL } from "../model";
import type { Lang, Phase } from "../model/types";
import { toExcelSerial } from "../plan/dates";
import type { PhaseWindow } from "../plan/schedule";
import type { CriterionEntry, PlanEntries } from "../plan/update/entries";
import { rangeFrom } from "./address";
import { cell, empty, formula, text } from "./cells";
import { entryCell } from "./entryCells";
import { buildGateBlock } from "./gateBlock";
import type { PlanInput } from "./input";
import { LABELS } from "./labels";
import { CRITERIA_COLUMNS, NAMES, criteriaTableName, phaseEndName, phaseStartName } from "./layout";
import { newSheet } from "./sheet";
import { COLORS } from "./styles";
import { excelText } from "./taskFormulas";
import type { CellValue, ConditionalFormat, NameDescription, SheetDescription, TableColumn } from "./types";
import { assessmentLabel } from "./values";

export const PHASE_SHEET = { windowRow: 2, focusRow: 3, effectRow: 4, actorsRow: 5, headingRow: 7, tableRow: 8 } as const;

interface CriteriaRow {
  id: string;
  text: string;
  entry?: CriterionEntry;
}

function criteriaRows(phase: Phase, lang: Lang, entries: PlanEntries | undefined): CriteriaRow[] {
  const model = MODEL.criteria.filter((c) => c.phase === phase.id).map((c) => ({ id: c.id, text: c.text[lang], entry: entries?.criteria[c.id] }));
  const local = (entries?.localCriteria ?? []).filter((c) => c.phase === phase.id).map((c) => ({ id: c.id, text: "", entry: c }));
  return [...model, ...local];
}

function rowCells(row: CriteriaRow, sheetRow: number, lang: Lang, extraHeaders: string[]): CellValue[] {
  const cells = row.entry?.cells ?? {};
  return [
    text(row.id),
    entryCell(cells.criterion, sheetRow, text(row.text)),
    entryCell(cells.assessment, sheetRow, text(assessmentLabel("ikke-vurderet", lang))),
    entryCell(cells.justification, sheetRow, empty),
    ...extraHeaders.map((header) => entryCell(row.entry?.extra[header], sheetRow, empty)),
  ];
}

/** Invalid assessments and Delvist opfyldt without a Begrundelse stand out (same rules as validation). */
function criteriaFormats(firstRow: number, lastRow: number, lang: Lang): ConditionalFormat[] {
  const invalid = { fill: COLORS.invalidFill, fontColor: COLORS.invalidFont };
  const notOneOf = MODEL.assessments.map((a) => `$C${firstRow}<>${excelText(a.label[lang])}`).join(",");
  const partly = excelText(assessmentLabel("delvist-opfyldt", lang));
  return [
    { range: `C${firstRow}:C${lastRow}`, formula: `AND($A${firstRow}&$C${firstRow}<>"",${notOneOf})`, ...invalid, priority: 1 },
    { range: `D${firstRow}:D${lastRow}`, formula: `AND($C${firstRow}=${partly},LEN(TRIM($D${firstRow}))=0)`, ...invalid, priority: 2 },
  ];
}

export function buildPhaseSheet(phase: Phase, window: PhaseWindow, input: PlanInput): { sheet: SheetDescription; names: NameDescription[] } {
  const { lang, entries } = input;
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

  const tableName = criteriaTableName(phase.id);
  const extraHeaders = entries?.extraColumns[tableName] ?? [];
  const firstBodyRow = PHASE_SHEET.tableRow + 1;
  const rows = criteriaRows(phase, lang, entries);
  sheet.tables.push({
    name: tableName,
    topLeft: `A${PHASE_SHEET.tableRow}`,
    columns: [
      ...CRITERIA_COLUMNS.map((c) => ({
        key: c.key,
        header: c.header[lang],
        width: c.width,
        style: c.key === "criterion" || c.key === "justification" ? "wrap" : "body",
      })),
      ...extraHeaders.map((header, i) => ({ key: `extra:${i}`, header, width: Math.min(40, Math.max(12, header.length + 2)), style: "body" })),
    ] as TableColumn[],
    rows: rows.map((row, i) => rowCells(row, firstBodyRow + i, lang, extraHeaders)),
    style: "TableStyleMedium2",
  });
  const lastBodyRow = firstBodyRow + Math.max(rows.length, 1) - 1;
  sheet.validations.push({
    range: rangeFrom(`C${firstBodyRow}`, 1, Math.max(rows.length, 1)),
    source: NAMES.assessmentList,
    errorTitle: LABELS.assessmentErrorTitle[lang],
    error: LABELS.assessmentError[lang],
  });
  const formats = criteriaFormats(firstBodyRow, lastBodyRow, lang);
  // One empty row between the table and the block, so a row added to the table has room.
  const gate = buildGateBlock(phase, sheet.name, lastBodyRow + 2, lang, formats.length + 1);
  sheet.cells.push(...gate.cells);
  sheet.conditionalFormats.push(...formats, ...gate.formats);
  sheet.freeze = { rows: 1, columns: 0 };
  sheet.print = { orientation: "landscape", repeatRows: `${PHASE_SHEET.tableRow}:${PHASE_SHEET.tableRow}` };
  return { sheet, names: gate.names };
}
