/**
 * The Udrulning sheet: the table Bølger (Bølge, Go-live) and the table Udrulning (Kommunekode,
 * Kommune, Bølge, Go-live). A municipality's Go-live is a formula that looks up its wave's date,
 * so moving a wave's date in Bølger moves every municipality in it; a typed date overrides it for
 * one municipality. Written into every rollup workbook and as a workbook of its own; readRollout
 * reads it back from either, and from the add-in's open workbook.
 */
import type { Lang } from "../../model/types";
import { toExcelSerial } from "../../plan/dates";
import type { RolloutPlan } from "../../plan/rollup/rollout";
import { cellAddress, parseAddress } from "../address";
import { cell, date, empty, formula, num, text } from "../cells";
import { newSheet } from "../sheet";
import { STYLES } from "../styles";
import type { CellValue, SheetDescription, WorkbookDescription } from "../types";
import { atLeastOneRow, tableColumns } from "./dataSheets";
import { ROLLUP_LABELS } from "./labels";
import { ROLLOUT_COLUMNS, ROLLOUT_WAVE_COLUMNS, ROLLUP_SHEETS, ROLLUP_TABLES, columnRef, headerOf } from "./layout";

export const ROLLOUT_LAYOUT = { wavesTopLeft: "A4", rolloutTopLeft: "D4" } as const;

/** The wave's date from Bølger, or "" when the wave has none: what an un-overridden Go-live holds. */
export function waveGoLiveFormula(waveCell: string, lang: Lang): string {
  const wave = (key: string) => columnRef(ROLLUP_TABLES.rolloutWaves, headerOf(ROLLOUT_WAVE_COLUMNS, key, lang));
  return `IFERROR(INDEX(${wave("goLive")},MATCH(${waveCell},${wave("wave")},0)),"")`;
}

export function rolloutSheet(plan: RolloutPlan, lang: Lang): SheetDescription {
  const sheet = newSheet("rollup:rollout", "overview", ROLLUP_SHEETS.rollout[lang]);
  sheet.columnWidths = [8, 12, 4, ...ROLLOUT_COLUMNS.map((c) => c.width)];
  sheet.cells.push(cell("A1", text(ROLLUP_LABELS.rolloutTitle[lang]), "title"), cell("A2", text(ROLLUP_LABELS.rolloutHint[lang]), "muted"));

  const waveRows: CellValue[][] = plan.waves.map((w) => [num(w.wave), w.goLive ? date(toExcelSerial(w.goLive)) : empty]);
  sheet.tables.push({
    name: ROLLUP_TABLES.rolloutWaves,
    topLeft: ROLLOUT_LAYOUT.wavesTopLeft,
    columns: tableColumns(ROLLOUT_WAVE_COLUMNS, lang),
    rows: atLeastOneRow(waveRows, ROLLOUT_WAVE_COLUMNS.length),
    style: "TableStyleLight9",
  });

  const top = parseAddress(ROLLOUT_LAYOUT.rolloutTopLeft);
  const waveColumn = top.column + ROLLOUT_COLUMNS.findIndex((c) => c.key === "wave");
  const rows: CellValue[][] = plan.members.map((member, i) => {
    const goLive = member.goLive ? toExcelSerial(member.goLive) : undefined;
    const follows = member.override === undefined && member.wave !== undefined;
    return [
      text(member.municipality.code),
      text(member.municipality.name),
      member.wave === undefined ? empty : num(member.wave),
      follows ? formula(waveGoLiveFormula(cellAddress(waveColumn, top.row + 1 + i), lang), goLive ?? "") : goLive === undefined ? empty : date(goLive),
    ];
  });
  sheet.tables.push({
    name: ROLLUP_TABLES.rollout,
    topLeft: ROLLOUT_LAYOUT.rolloutTopLeft,
    columns: tableColumns(ROLLOUT_COLUMNS, lang),
    rows: atLeastOneRow(rows, ROLLOUT_COLUMNS.length),
    style: "TableStyleMedium2",
  });
  sheet.freeze = { rows: top.row, columns: 0 };
  sheet.print = { orientation: "portrait", repeatRows: `${top.row}:${top.row}` };
  return sheet;
}

/** A workbook of its own with just the Udrulning sheet: the rollout plan a consultant keeps. */
export function buildRolloutWorkbook(plan: RolloutPlan, lang: Lang): WorkbookDescription {
  return { lang, title: ROLLUP_LABELS.rolloutTitle[lang], sheets: [rolloutSheet(plan, lang)], names: [], styles: STYLES };
}
