/**
 * The rollup's data sheets, one Excel table each from A1, ready for a PivotTable: Status (one row
 * per municipality × task), Kriterier (per municipality × success criterion), Filer (every input
 * file, and every rollout municipality without one) and Fund (every finding).
 */
import { themeById } from "../../model";
import type { Lang } from "../../model/types";
import { toExcelSerial } from "../../plan/dates";
import type { RollupResult } from "../../plan/rollup/types";
import { isOverdue } from "../../plan/rollup/metrics";
import { cellAddress } from "../address";
import { date, empty, formula, num, text } from "../cells";
import { newSheet } from "../sheet";
import { COLORS } from "../styles";
import type { CellValue, SheetDescription, StyleKey, TableColumn } from "../types";
import { OUTCOME_LABELS, ROLLUP_LABELS } from "./labels";
import { AS_OF_NAME, CRITERIA_COLUMNS_ROLLUP, FILE_COLUMNS, FINDING_COLUMNS, ROLLUP_SHEETS, ROLLUP_TABLES, STATUS_COLUMNS, type ColumnDef } from "./layout";
import { assessmentWord, literal, phaseWord, statusLabelOf, statusWord, waveCell, yesNo } from "./words";

const valueOf = (v: number | string | undefined): CellValue => (v === undefined || v === "" ? empty : typeof v === "number" ? num(v) : text(v));
const dateOf = (serial: number | undefined): CellValue => (serial === undefined ? empty : date(serial));

const DATE_KEYS = new Set(["goLive", "deadline"]);

export function tableColumns(columns: readonly ColumnDef[], lang: Lang, styles: Record<string, StyleKey> = {}): TableColumn[] {
  return columns.map((c) => {
    const style = styles[c.key] ?? (DATE_KEYS.has(c.key) ? "date" : undefined);
    return style ? { key: c.key, header: c.header[lang], width: c.width, style } : { key: c.key, header: c.header[lang], width: c.width };
  });
}

/** An Excel table needs a body row; an empty one keeps the formulas over it valid. */
export const atLeastOneRow = (rows: CellValue[][], width: number): CellValue[][] => (rows.length > 0 ? rows : [Array.from({ length: width }, () => empty)]);

function dataSheet(key: keyof typeof ROLLUP_SHEETS, lang: Lang, table: string, columns: readonly ColumnDef[], rows: CellValue[][]): SheetDescription {
  const sheet = newSheet(`rollup:${key}`, "overview", ROLLUP_SHEETS[key][lang]);
  sheet.columnWidths = columns.map((c) => c.width);
  sheet.tables.push({ name: table, topLeft: "A1", columns: tableColumns(columns, lang), rows: atLeastOneRow(rows, columns.length), style: "TableStyleMedium2" });
  sheet.freeze = { rows: 1, columns: 0 };
  sheet.print = { orientation: "landscape", repeatRows: "1:1" };
  return sheet;
}

const col = (columns: readonly ColumnDef[], key: string) => columns.findIndex((c) => c.key === key) + 1;

/**
 * Forsinket per row as a formula on the row's own cells and the Statusdato name, so editing a
 * status or the date recomputes it. Relative A1 references: short (3,332 rows) and sort-proof.
 */
export function overdueFormula(row: number, lang: Lang): string {
  const deadline = cellAddress(col(STATUS_COLUMNS, "deadline"), row);
  const status = cellAddress(col(STATUS_COLUMNS, "status"), row);
  const done = literal(statusLabelOf("fuldfoert", lang));
  const notRelevant = literal(statusLabelOf("ikke-relevant", lang));
  const [yes, no] = [literal(ROLLUP_LABELS.yes[lang]), literal(ROLLUP_LABELS.no[lang])];
  return `IF(AND(ISNUMBER(${deadline}),${deadline}<${AS_OF_NAME},${status}<>${done},${status}<>${notRelevant}),${yes},${no})`;
}

export function statusSheet(result: RollupResult, lang: Lang): SheetDescription {
  const asOf = toExcelSerial(result.asOf);
  const rows = result.statusRows.map(({ municipality, wave, goLive, task }, i) => [
    text(municipality.name),
    text(municipality.code),
    waveCell(wave, lang),
    dateOf(goLive),
    text(task.id),
    text(task.title[lang]),
    valueOf(task.theme ? themeById(task.theme)?.name[lang] : undefined),
    valueOf(phaseWord(task.phase, lang)),
    valueOf(task.responsible),
    valueOf(statusWord(task.status, lang)),
    dateOf(task.deadline),
    formula(overdueFormula(i + 2, lang), yesNo(isOverdue(task, asOf), lang)),
  ]);
  const sheet = dataSheet("status", lang, ROLLUP_TABLES.status, STATUS_COLUMNS, rows);
  const overdue = cellAddress(col(STATUS_COLUMNS, "overdue"), 2);
  sheet.conditionalFormats.push({
    range: `${overdue}:${cellAddress(col(STATUS_COLUMNS, "overdue"), Math.max(rows.length, 1) + 1)}`,
    formula: `${overdue}=${literal(ROLLUP_LABELS.yes[lang])}`,
    fill: COLORS.overdueFill,
    priority: 1,
  });
  return sheet;
}

export function criteriaSheet(result: RollupResult, lang: Lang): SheetDescription {
  const rows = result.criteriaRows.map(({ municipality, wave, criterion }) => [
    text(municipality.name),
    text(municipality.code),
    waveCell(wave, lang),
    text(criterion.id),
    valueOf(criterion.phase ? phaseWord({ id: criterion.phase, text: "" }, lang) : undefined),
    text(criterion.text[lang]),
    valueOf(assessmentWord(criterion.assessment, lang)),
    valueOf(criterion.justification),
  ]);
  return dataSheet("criteria", lang, ROLLUP_TABLES.criteria, CRITERIA_COLUMNS_ROLLUP, rows);
}

export function filesSheet(result: RollupResult, lang: Lang): SheetDescription {
  const rows = result.files.map((f) => [
    valueOf(f.file),
    valueOf(f.municipality?.name),
    valueOf(f.municipality?.code),
    f.municipality ? waveCell(f.wave, lang) : empty,
    valueOf(f.modelVersion),
    text(OUTCOME_LABELS[f.outcome][lang]),
    num(f.errors),
    num(f.warnings),
    valueOf(f.message[lang]),
  ]);
  const sheet = dataSheet("files", lang, ROLLUP_TABLES.files, FILE_COLUMNS, rows);
  const errors = cellAddress(col(FILE_COLUMNS, "errors"), 2);
  sheet.conditionalFormats.push({
    range: `A2:${cellAddress(FILE_COLUMNS.length, Math.max(rows.length, 1) + 1)}`,
    formula: `$${errors.replace(/\d+$/, "")}2>0`,
    fill: COLORS.invalidFill,
    fontColor: COLORS.invalidFont,
    priority: 1,
  });
  return sheet;
}

export function findingsSheet(result: RollupResult, lang: Lang): SheetDescription {
  const rows = result.findings.map((f) => [
    valueOf(f.file),
    valueOf(f.municipality?.name),
    valueOf(f.municipality?.code),
    text(f.rule),
    text(f.severity === "error" ? ROLLUP_LABELS.error[lang] : ROLLUP_LABELS.warning[lang]),
    valueOf(f.sheet),
    valueOf(f.cell),
    valueOf(f.task),
    text(f.message[lang]),
  ]);
  return dataSheet("findings", lang, ROLLUP_TABLES.findings, FINDING_COLUMNS, rows);
}
