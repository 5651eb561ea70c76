/**
 * The Overblik sheet: the Statusdato cell (workbook name Statusdato) that every overdue flag hangs
 * on, key figures, and two tables of formulas over Status and Kommuner: per wave, and per wave ×
 * phase × status. Moving a row's status, the Statusdato or a wave's go-live recomputes them.
 */
import { MODEL } from "../../model";
import type { Lang, PhaseId, StatusId, Theme } from "../../model/types";
import { toExcelSerial } from "../../plan/dates";
import { effectiveRollout } from "../../plan/rollup/derivedRollout";
import { percentDone, rollupCounts, tally, type WaveFigures } from "../../plan/rollup/metrics";
import type { RollupResult } from "../../plan/rollup/types";
import { cellAddress } from "../address";
import { cell, date, empty, formula, text } from "../cells";
import { newSheet } from "../sheet";
import type { CellValue, NameDescription, SheetDescription } from "../types";
import { tableColumns } from "./dataSheets";
import { ROLLUP_LABELS } from "./labels";
import { AS_OF_NAME, FILE_COLUMNS, ROLLUP_SHEETS, ROLLUP_TABLES, ROLLOUT_WAVE_COLUMNS, STATUS_COLUMNS, columnRef, headerOf, type ColumnDef } from "./layout";
import { MUNICIPALITY_COLUMNS } from "./municipalitiesSheet";
import { literal, phaseLabelOf, statusLabelOf, waveCell } from "./words";

const c = (key: string, da: string, en: string, width: number): ColumnDef => ({ key, header: { da, en }, width });

export const WAVE_COLUMNS: ColumnDef[] = [
  c("wave", "Bølge", "Wave", 28),
  c("goLive", "Go-live", "Go-live", 12),
  c("municipalities", "Kommuner", "Municipalities", 11),
  c("withPlan", "Med plan", "With a plan", 10),
  c("tasks", "Opgaver", "Tasks", 9),
  c("done", "Fuldført", "Completed", 10),
  c("notRelevant", "Ikke relevant", "Not applicable", 13),
  c("percent", "Pct. færdig", "% done", 11),
  c("overdue", "Forsinket", "Overdue", 10),
  c("readyNext", "Klar til næste", "Ready for next", 14),
  c("errors", "Fejl", "Errors", 7),
  c("warnings", "Advarsler", "Warnings", 10),
];

export const PHASE_STATUS_COLUMNS: ColumnDef[] = [
  c("wave", "Bølge", "Wave", 28),
  c("phase", "Fase", "Phase", 20),
  ...MODEL.statuses.map((s) => c(s.id, s.label.da, s.label.en, 13)),
  c("other", "Andet", "Other", 8),
  c("total", "I alt", "Total", 8),
  c("overdue", "Forsinket", "Overdue", 10),
];

export const THEME_STATUS_COLUMNS: ColumnDef[] = [
  c("theme", "Tema", "Theme", 28),
  ...MODEL.statuses.map((s) => c(s.id, s.label.da, s.label.en, 13)),
  c("other", "Andet", "Other", 8),
  c("total", "I alt", "Total", 8),
  c("percent", "Pct. færdig", "% done", 11),
  c("overdue", "Forsinket", "Overdue", 10),
];

export const OVERVIEW = { asOfRow: 4, kpiRow: 7, waveTableRow: 18 } as const;

function refs(lang: Lang) {
  const s = (key: string) => columnRef(ROLLUP_TABLES.status, headerOf(STATUS_COLUMNS, key, lang));
  const m = (key: string) => columnRef(ROLLUP_TABLES.municipalities, headerOf(MUNICIPALITY_COLUMNS, key, lang));
  const f = (key: string) => columnRef(ROLLUP_TABLES.files, headerOf(FILE_COLUMNS, key, lang));
  const w = (key: string) => columnRef(ROLLUP_TABLES.rolloutWaves, headerOf(ROLLOUT_WAVE_COLUMNS, key, lang));
  const label = (id: StatusId) => literal(statusLabelOf(id, lang));
  return { s, m, f, w, label, yes: literal(ROLLUP_LABELS.yes[lang]) };
}

const pct = (done: string, tasks: string, notRelevant: string) => `IF(${tasks}-${notRelevant}>0,${done}/(${tasks}-${notRelevant}),"")`;

function kpis(result: RollupResult, lang: Lang): [string, string, number | string, "plain" | "percent"][] {
  const { s, m, f, label, yes } = refs(lang);
  const total = rollupCounts(result).total;
  const L = ROLLUP_LABELS;
  const tasks = `COUNTA(${s("code")})`;
  return [
    [L.kpiMunicipalities[lang], `COUNTA(${m("code")})`, total.municipalities, "plain"],
    [L.kpiWithPlan[lang], `COUNTIFS(${m("file")},"<>")`, total.withPlan, "plain"],
    [L.kpiTasks[lang], tasks, total.tasks, "plain"],
    [L.kpiDone[lang], pct(`COUNTIFS(${s("status")},${label("fuldfoert")})`, tasks, `COUNTIFS(${s("status")},${label("ikke-relevant")})`), total.percentDone ?? "", "percent"],
    [L.kpiOverdue[lang], `COUNTIFS(${s("overdue")},${yes})`, total.overdue, "plain"],
    [L.kpiReady[lang], `COUNTIFS(${m("readyNext")},${yes})`, total.readyForNext, "plain"],
    [L.kpiFilesWithErrors[lang], `COUNTIFS(${f("errors")},">0")`, result.files.filter((x) => x.errors > 0).length, "plain"],
    [L.kpiErrors[lang], `SUM(${f("errors")})`, total.errors, "plain"],
    [L.kpiWarnings[lang], `SUM(${f("warnings")})`, total.warnings, "plain"],
  ];
}

function waveRow(figures: WaveFigures, goLive: number | undefined, row: number, lang: Lang): CellValue[] {
  const { s, m, w, label, yes } = refs(lang);
  const at = (key: string) => cellAddress(WAVE_COLUMNS.findIndex((col) => col.key === key) + 1, row);
  const wave = at("wave");
  const tasksWith = (id: StatusId) => `COUNTIFS(${s("wave")},${wave},${s("status")},${label(id)})`;
  const goLiveFormula = `IFERROR(INDEX(${w("goLive")},MATCH(${wave},${w("wave")},0)),"")`;
  return [
    waveCell(figures.wave, lang),
    figures.wave === undefined ? empty : formula(goLiveFormula, goLive ?? ""),
    formula(`COUNTIFS(${m("wave")},${wave})`, figures.municipalities),
    formula(`COUNTIFS(${m("wave")},${wave},${m("file")},"<>")`, figures.withPlan),
    formula(`COUNTIFS(${s("wave")},${wave})`, figures.tasks),
    formula(tasksWith("fuldfoert"), figures.done),
    formula(tasksWith("ikke-relevant"), figures.notRelevant),
    formula(pct(at("done"), at("tasks"), at("notRelevant")), figures.percentDone ?? ""),
    formula(`COUNTIFS(${s("wave")},${wave},${s("overdue")},${yes})`, figures.overdue),
    formula(`COUNTIFS(${m("wave")},${wave},${m("readyNext")},${yes})`, figures.readyForNext),
    formula(`SUMIFS(${m("errors")},${m("wave")},${wave})`, figures.errors),
    formula(`SUMIFS(${m("warnings")},${m("wave")},${wave})`, figures.warnings),
  ];
}

function phaseRow(result: RollupResult, wave: number | undefined, phase: PhaseId, row: number, lang: Lang): CellValue[] {
  const { s, label, yes } = refs(lang);
  const at = (key: string) => cellAddress(PHASE_STATUS_COLUMNS.findIndex((col) => col.key === key) + 1, row);
  const where = `${s("wave")},${at("wave")},${s("phase")},${at("phase")}`;
  const rows = result.statusRows.filter((r) => r.wave === wave && r.task.phase.id === phase);
  const t = tally(rows, toExcelSerial(result.asOf));
  const statusCells = MODEL.statuses.map((st) => formula(`COUNTIFS(${where},${s("status")},${label(st.id)})`, t.byStatus[st.id]));
  const first = at(MODEL.statuses[0].id);
  const last = at(MODEL.statuses[MODEL.statuses.length - 1].id);
  return [
    waveCell(wave, lang),
    text(phaseLabelOf(phase, lang)),
    ...statusCells,
    formula(`${at("total")}-SUM(${first}:${last})`, t.other),
    formula(`COUNTIFS(${where})`, t.tasks),
    formula(`COUNTIFS(${where},${s("overdue")},${yes})`, t.overdue),
  ];
}

function themeRow(result: RollupResult, theme: Theme, row: number, lang: Lang): CellValue[] {
  const { s, label, yes } = refs(lang);
  const at = (key: string) => cellAddress(THEME_STATUS_COLUMNS.findIndex((col) => col.key === key) + 1, row);
  const where = `${s("theme")},${at("theme")}`;
  const t = tally(result.statusRows.filter((r) => r.task.theme === theme.id), toExcelSerial(result.asOf));
  const [first, last] = [at(MODEL.statuses[0].id), at(MODEL.statuses[MODEL.statuses.length - 1].id)];
  return [
    text(theme.name[lang]),
    ...MODEL.statuses.map((st) => formula(`COUNTIFS(${where},${s("status")},${label(st.id)})`, t.byStatus[st.id])),
    formula(`${at("total")}-SUM(${first}:${last})`, t.other),
    formula(`COUNTIFS(${where})`, t.tasks),
    formula(pct(at("fuldfoert"), at("total"), at("ikke-relevant")), percentDone(t) ?? ""),
    formula(`COUNTIFS(${where},${s("overdue")},${yes})`, t.overdue),
  ];
}

export function overviewSheet(result: RollupResult, lang: Lang): { sheet: SheetDescription; names: NameDescription[] } {
  const sheet = newSheet("rollup:overview", "overview", ROLLUP_SHEETS.overview[lang]);
  sheet.columnWidths = WAVE_COLUMNS.map((col) => col.width);
  const L = ROLLUP_LABELS;
  sheet.cells.push(
    cell("A1", text(L.title[lang]), "title"),
    cell("A2", text(L.subtitle[lang]), "subtitle"),
    cell(`A${OVERVIEW.asOfRow}`, text(L.asOf[lang]), "label"),
    cell(`B${OVERVIEW.asOfRow}`, date(toExcelSerial(result.asOf)), "inputDate"),
    cell(`C${OVERVIEW.asOfRow}`, text(L.asOfHint[lang]), "muted"),
    cell(`A${OVERVIEW.kpiRow - 1}`, text(L.keyFigures[lang]), "heading"),
  );
  kpis(result, lang).forEach(([label, expression, value, kind], i) => {
    const row = OVERVIEW.kpiRow + i;
    const figure = kind === "percent" ? cell(`B${row}`, formula(expression, value), "percent") : cell(`B${row}`, formula(expression, value));
    sheet.cells.push(cell(`A${row}`, text(label), "label"), figure);
  });

  const counts = rollupCounts(result);
  const waveDates = new Map(effectiveRollout(result).waves.map((w) => [w.wave, w.goLive ? toExcelSerial(w.goLive) : undefined]));
  const waveRows = counts.waves.map((figures, i) => waveRow(figures, figures.wave === undefined ? undefined : waveDates.get(figures.wave), OVERVIEW.waveTableRow + 1 + i, lang));
  sheet.cells.push(cell(`A${OVERVIEW.waveTableRow - 1}`, text(L.byWave[lang]), "heading"));
  sheet.tables.push({
    name: ROLLUP_TABLES.waves,
    topLeft: `A${OVERVIEW.waveTableRow}`,
    columns: tableColumns(WAVE_COLUMNS, lang, { goLive: "date", percent: "percent" }),
    rows: waveRows.length > 0 ? waveRows : [WAVE_COLUMNS.map(() => empty)],
    style: "TableStyleMedium2",
  });

  const phaseTableRow = OVERVIEW.waveTableRow + Math.max(waveRows.length, 1) + 3;
  const groups = counts.waves.map((w) => w.wave);
  const phaseRows = groups.flatMap((wave, g) => MODEL.phases.map((p, i) => phaseRow(result, wave, p.id, phaseTableRow + 1 + g * MODEL.phases.length + i, lang)));
  sheet.cells.push(cell(`A${phaseTableRow - 1}`, text(L.byWavePhase[lang]), "heading"));
  sheet.tables.push({
    name: ROLLUP_TABLES.wavePhases,
    topLeft: `A${phaseTableRow}`,
    columns: tableColumns(PHASE_STATUS_COLUMNS, lang),
    rows: phaseRows.length > 0 ? phaseRows : [PHASE_STATUS_COLUMNS.map(() => empty)],
    style: "TableStyleLight9",
  });
  const themeTableRow = phaseTableRow + Math.max(phaseRows.length, 1) + 3;
  sheet.cells.push(cell(`A${themeTableRow - 1}`, text(L.byTheme[lang]), "heading"));
  sheet.tables.push({
    name: ROLLUP_TABLES.themes,
    topLeft: `A${themeTableRow}`,
    columns: tableColumns(THEME_STATUS_COLUMNS, lang, { percent: "percent" }),
    rows: MODEL.themes.map((theme, i) => themeRow(result, theme, themeTableRow + 1 + i, lang)),
    style: "TableStyleLight9",
  });
  sheet.freeze = { rows: 1, columns: 0 };
  sheet.print = { orientation: "landscape" };
  return { sheet, names: [{ name: AS_OF_NAME, sheet: sheet.name, range: `$B$${OVERVIEW.asOfRow}` }] };
}
