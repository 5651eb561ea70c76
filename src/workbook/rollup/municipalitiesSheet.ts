/**
 * The Kommuner sheet: one row per municipality of the rollout and the files, every figure a formula
 * over the Status, Kriterier and Filer tables (COUNTIFS/SUMIFS, which Excel 2016 and LibreOffice
 * 7.4 both compute), so editing a row there or the Statusdato recomputes it. Cached results come
 * from src/plan/rollup/metrics.
 */
import { MODEL } from "../../model";
import type { Lang, Transition } from "../../model/types";
import { toExcelSerial } from "../../plan/dates";
import { isReady, nextTransition, percentDone, readyForNext, tally } from "../../plan/rollup/metrics";
import type { MunicipalityRow, RollupResult, StatusRow } from "../../plan/rollup/types";
import { cellAddress } from "../address";
import { cell, date, empty, formula, num, text } from "../cells";
import { newSheet } from "../sheet";
import type { CellValue, SheetDescription } from "../types";
import { atLeastOneRow, tableColumns } from "./dataSheets";
import { ROLLUP_LABELS } from "./labels";
import { AS_OF_NAME, CRITERIA_COLUMNS_ROLLUP, FILE_COLUMNS, ROLLUP_SHEETS, ROLLUP_TABLES, STATUS_COLUMNS, columnRef, headerOf, type ColumnDef } from "./layout";
import { assessmentLabelOf, literal, phaseLabelOf, statusLabelOf, waveCell, yesNo } from "./words";

const c = (key: string, da: string, en: string, width: number): ColumnDef => ({ key, header: { da, en }, width });
const transitionKey = (t: Transition) => `date${t.id}`;
const readyKey = (t: Transition) => `ready${t.id}`;
const arrow = (t: Transition) => t.name.da.replace(/^Faseovergang /, "");

export const MUNICIPALITY_COLUMNS: ColumnDef[] = [
  c("municipality", "Kommune", "Municipality", 18),
  c("code", "Kommunekode", "Municipality code", 13),
  c("wave", "Bølge", "Wave", 10),
  c("goLive", "Go-live", "Go-live", 12),
  c("file", "Fil", "File", 30),
  c("tasks", "Opgaver", "Tasks", 9),
  c("done", "Fuldført", "Completed", 10),
  c("notRelevant", "Ikke relevant", "Not applicable", 13),
  c("percent", "Pct. færdig", "% done", 11),
  c("overdue", "Forsinket", "Overdue", 10),
  ...MODEL.transitions.map((t) => c(transitionKey(t), `Faseovergang ${arrow(t)}`, `Transition ${arrow(t)}`, 16)),
  ...MODEL.transitions.map((t) => c(readyKey(t), `Klar ${arrow(t)}`, `Ready ${arrow(t)}`, 10)),
  c("next", "Næste faseovergang", "Next transition", 20),
  c("readyNext", "Klar til næste", "Ready for next", 14),
  c("errors", "Fejl", "Errors", 7),
  c("warnings", "Advarsler", "Warnings", 10),
];

export const MUNICIPALITIES_TABLE_ROW = 4;

/** The formula builders for one body row (`row` is its sheet row). */
function rowFormulas(row: number, lang: Lang) {
  const at = (key: string) => cellAddress(MUNICIPALITY_COLUMNS.findIndex((col) => col.key === key) + 1, row);
  const status = (key: string) => columnRef(ROLLUP_TABLES.status, headerOf(STATUS_COLUMNS, key, lang));
  const criteria = (key: string) => columnRef(ROLLUP_TABLES.criteria, headerOf(CRITERIA_COLUMNS_ROLLUP, key, lang));
  const files = (key: string) => columnRef(ROLLUP_TABLES.files, headerOf(FILE_COLUMNS, key, lang));
  const code = at("code");
  const [yes, no] = [literal(ROLLUP_LABELS.yes[lang]), literal(ROLLUP_LABELS.no[lang])];
  const tasksWith = (statusId: "fuldfoert" | "ikke-relevant") => `COUNTIFS(${status("code")},${code},${status("status")},${literal(statusLabelOf(statusId, lang))})`;
  const criteriaOf = (t: Transition, extra = "") => `COUNTIFS(${criteria("code")},${code},${criteria("phase")},${literal(phaseLabelOf(t.from, lang))}${extra})`;
  const assessed = (id: "opfyldt" | "delvist-opfyldt") => `,${criteria("assessment")},${literal(assessmentLabelOf(id, lang))}`;
  return {
    at,
    tasks: `COUNTIFS(${status("code")},${code})`,
    done: tasksWith("fuldfoert"),
    notRelevant: tasksWith("ikke-relevant"),
    percent: `IF(${at("tasks")}-${at("notRelevant")}>0,${at("done")}/(${at("tasks")}-${at("notRelevant")}),"")`,
    overdue: `COUNTIFS(${status("code")},${code},${status("overdue")},${yes})`,
    // Ready: every criterion of the earlier phase Opfyldt, or Delvist opfyldt with a Begrundelse.
    ready: (t: Transition) =>
      `IF(AND(${criteriaOf(t)}>0,${criteriaOf(t)}=${criteriaOf(t, assessed("opfyldt"))}+${criteriaOf(t, `${assessed("delvist-opfyldt")},${criteria("justification")},"<>"`)}),${yes},${no})`,
    next: MODEL.transitions.reduceRight((otherwise, t) => `IF(${AS_OF_NAME}<${at(transitionKey(t))},${literal(t.name[lang])},${otherwise})`, `""`),
    readyNext: `IF(${at("next")}="",${no},${MODEL.transitions.slice(0, -1).reduceRight((otherwise, t) => `IF(${at("next")}=${literal(t.name[lang])},${at(readyKey(t))},${otherwise})`, at(readyKey(MODEL.transitions[MODEL.transitions.length - 1])))})`,
    errors: `SUMIFS(${files("errors")},${files("code")},${code})`,
    warnings: `SUMIFS(${files("warnings")},${files("code")},${code})`,
  };
}

const optional = (v: number | string | undefined): CellValue => (v === undefined || v === "" ? empty : typeof v === "number" ? num(v) : text(v));

function bodyRow(m: MunicipalityRow, rows: StatusRow[], result: RollupResult, sheetRow: number, lang: Lang): CellValue[] {
  const f = rowFormulas(sheetRow, lang);
  const asOf = toExcelSerial(result.asOf);
  const t = tally(rows, asOf);
  const files = result.files.filter((file) => file.municipality?.code === m.municipality.code);
  const next = nextTransition(m, asOf);
  const pct = percentDone(t);
  return [
    text(m.municipality.name),
    text(m.municipality.code),
    waveCell(m.wave, lang),
    m.goLive === undefined ? empty : date(m.goLive),
    optional(m.file),
    formula(f.tasks, t.tasks),
    formula(f.done, t.byStatus.fuldfoert),
    formula(f.notRelevant, t.byStatus["ikke-relevant"]),
    formula(f.percent, pct ?? ""),
    formula(f.overdue, t.overdue),
    ...MODEL.transitions.map((tr) => (m.transitions[tr.id] === undefined ? empty : date(m.transitions[tr.id] as number))),
    ...MODEL.transitions.map((tr) => formula(f.ready(tr), yesNo(isReady(m, tr.id), lang))),
    formula(f.next, next ? (MODEL.transitions.find((tr) => tr.id === next) as Transition).name[lang] : ""),
    formula(f.readyNext, yesNo(readyForNext(m, asOf), lang)),
    formula(f.errors, files.reduce((sum, file) => sum + file.errors, 0)),
    formula(f.warnings, files.reduce((sum, file) => sum + file.warnings, 0)),
  ];
}

export function municipalitiesSheet(result: RollupResult, lang: Lang): SheetDescription {
  const sheet = newSheet("rollup:municipalities", "overview", ROLLUP_SHEETS.municipalities[lang]);
  sheet.columnWidths = MUNICIPALITY_COLUMNS.map((col) => col.width);
  sheet.cells.push(cell("A1", text(ROLLUP_LABELS.municipalitiesTitle[lang]), "title"), cell("A2", text(ROLLUP_LABELS.municipalitiesHint[lang]), "muted"));
  const byCode = new Map<string, StatusRow[]>();
  for (const row of result.statusRows) {
    const list = byCode.get(row.municipality.code);
    if (list) list.push(row);
    else byCode.set(row.municipality.code, [row]);
  }
  const rows = result.municipalities.map((m, i) => bodyRow(m, byCode.get(m.municipality.code) ?? [], result, MUNICIPALITIES_TABLE_ROW + 1 + i, lang));
  const styles = Object.fromEntries([
    ...MODEL.transitions.map((t) => [transitionKey(t), "date"] as const),
    ["percent", "percent"] as const,
  ]);
  sheet.tables.push({
    name: ROLLUP_TABLES.municipalities,
    topLeft: `A${MUNICIPALITIES_TABLE_ROW}`,
    columns: tableColumns(MUNICIPALITY_COLUMNS, lang, styles),
    rows: atLeastOneRow(rows, MUNICIPALITY_COLUMNS.length),
    style: "TableStyleMedium2",
  });
  sheet.freeze = { rows: MUNICIPALITIES_TABLE_ROW, columns: 1 };
  sheet.print = { orientation: "landscape", repeatRows: `${MUNICIPALITIES_TABLE_ROW}:${MUNICIPALITIES_TABLE_ROW}` };
  return sheet;
}
