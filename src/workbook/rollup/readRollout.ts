/**
 * Reads a rollout from any workbook with an Udrulning table (a rollout workbook, or a rollup
 * workbook, which carries one), through the host-neutral WorkbookView, so the CLI (ExcelJS) and the
 * add-in (Office.js) read it alike. A Go-live cell that holds a formula or nothing follows its wave's
 * date in the Bølger table, recomputed here rather than trusted from a cached result; a typed date
 * is the municipality's own. Bad rows become problems with their sheet row; the rest still count.
 */
import { resolveMunicipality } from "../../model";
import { isUserError, UserError } from "../../model/errors";
import type { Municipality, Text } from "../../model/types";
import { fromExcelSerial, isExcelDateSerial, parseDateInput } from "../../plan/dates";
import { resolveGoLives, type RolloutMember, type RolloutPlan, type RolloutWave } from "../../plan/rollup/rollout";
import type { RolloutProblem } from "../../plan/rolloutRows";
import type { SnapshotCell } from "../../plan/snapshot";
import { parseAddress } from "../address";
import { ROLLUP_TABLES } from "./layout";
import type { TableView, WorkbookView } from "../workbookView";

type Field = "code" | "name" | "wave" | "goLive";

const HEADERS: Record<string, Field> = {
  kommunekode: "code",
  "municipality code": "code",
  kode: "code",
  code: "code",
  kommune: "name",
  municipality: "name",
  bølge: "wave",
  bolge: "wave",
  boelge: "wave",
  wave: "wave",
  "go-live": "goLive",
  golive: "goLive",
  "go live": "goLive",
  golivedato: "goLive",
};

function findTable(view: WorkbookView, name: string): TableView | undefined {
  for (const sheet of view.sheets) {
    const table = sheet.tables.find((t) => t.name.toLocaleLowerCase("da") === name.toLocaleLowerCase("da"));
    if (table) return table;
  }
  return undefined;
}

function columns(table: TableView): Partial<Record<Field, number>> {
  const found: Partial<Record<Field, number>> = {};
  table.headers.forEach((header, i) => {
    const field = HEADERS[header.trim().toLocaleLowerCase("da")];
    if (field && found[field] === undefined) found[field] = i;
  });
  return found;
}

const textOf = (cell: SnapshotCell | undefined): string => (typeof cell?.value === "string" ? cell.value.trim() : typeof cell?.value === "number" ? String(cell.value) : "");

type Parsed<T> = { value?: T; problem?: Text };

function dateCell(cell: SnapshotCell | undefined): Parsed<Date> {
  const value = cell?.value;
  if (isExcelDateSerial(value)) return { value: fromExcelSerial(value) };
  const text = textOf(cell);
  if (text === "") return {};
  try {
    return { value: parseDateInput(text) };
  } catch (error) {
    if (!isUserError(error)) throw error;
    return { problem: error.text };
  }
}

function waveCell(cell: SnapshotCell | undefined): Parsed<number> {
  const text = textOf(cell);
  if (text === "") return {};
  if (/^\d{1,3}$/.test(text)) return { value: Number(text) };
  return { problem: { da: `bølgen "${text}" er ikke et helt tal, fx 1`, en: `the wave "${text}" is not a whole number, e.g. 1` } };
}

function readWaves(table: TableView | undefined, problems: RolloutProblem[]): RolloutWave[] {
  if (!table) return [];
  const at = columns(table);
  const firstRow = parseAddress(table.topLeft).row + 1;
  return table.rows.flatMap((cells, i) => {
    const wave = waveCell(cells[at.wave ?? -1]);
    const goLive = dateCell(cells[at.goLive ?? -1]);
    const reasons = [wave.problem, goLive.problem].filter((p): p is Text => p !== undefined);
    if (reasons.length > 0) problems.push(problem(firstRow + i, reasons));
    return wave.value === undefined ? [] : [goLive.value ? { wave: wave.value, goLive: goLive.value } : { wave: wave.value }];
  });
}

function problem(line: number, reasons: Text[]): RolloutProblem {
  return { line, text: { da: reasons.map((r) => r.da).join("; "), en: reasons.map((r) => r.en).join("; ") } };
}

function municipalityOf(code: string, name: string): Parsed<Municipality> {
  try {
    return { value: resolveMunicipality(code || name) };
  } catch (error) {
    if (!isUserError(error)) throw error;
    return { problem: error.text };
  }
}

function readMembers(table: TableView, problems: RolloutProblem[]): Omit<RolloutMember, "goLive">[] {
  const at = columns(table);
  const firstRow = parseAddress(table.topLeft).row + 1;
  const seen = new Map<string, number>();
  return table.rows.flatMap((cells, i) => {
    const line = firstRow + i;
    const [code, name] = [textOf(cells[at.code ?? -1]), textOf(cells[at.name ?? -1])];
    if (code === "" && name === "") return [];
    const municipality = municipalityOf(code, name);
    const wave = waveCell(cells[at.wave ?? -1]);
    const goLiveCell = cells[at.goLive ?? -1];
    const own = goLiveCell?.formula ? {} : dateCell(goLiveCell);
    const reasons = [municipality.problem, wave.problem, own.problem].filter((p): p is Text => p !== undefined);
    const m = municipality.value;
    if (m && seen.has(m.code)) reasons.push({ da: `${m.name} står allerede i række ${seen.get(m.code)}`, en: `${m.name} is already in row ${seen.get(m.code)}` });
    if (reasons.length > 0 || !m) {
      problems.push(problem(line, reasons));
      return [];
    }
    seen.set(m.code, line);
    return [{ line, municipality: m, wave: wave.value, override: own.value }];
  });
}

/** The rollout in `view`; throws UserError when it has no Udrulning table or the table lacks a column. */
export function readRolloutView(view: WorkbookView): RolloutPlan {
  const table = findTable(view, ROLLUP_TABLES.rollout);
  if (!table) {
    throw new UserError({
      da: `${view.source} har ingen tabel med navnet ${ROLLUP_TABLES.rollout}; brug en udrulningsfil (.csv eller .xlsx med tabellen ${ROLLUP_TABLES.rollout}).`,
      en: `${view.source} has no table named ${ROLLUP_TABLES.rollout}; use a rollout file (.csv, or .xlsx with the table ${ROLLUP_TABLES.rollout}).`,
    });
  }
  const at = columns(table);
  if (at.code === undefined && at.name === undefined) {
    throw new UserError({
      da: `Tabellen ${ROLLUP_TABLES.rollout} i ${view.source} mangler kolonnen Kommunekode.`,
      en: `The table ${ROLLUP_TABLES.rollout} in ${view.source} lacks the column Kommunekode.`,
    });
  }
  const problems: RolloutProblem[] = [];
  const waves = readWaves(findTable(view, ROLLUP_TABLES.rolloutWaves), problems);
  const members = readMembers(table, problems);
  const resolved = resolveGoLives(waves, members);
  for (const member of resolved) {
    if (!member.goLive) problems.push(problem(member.line, [{ da: `${member.municipality.name} har ingen go-live (hverken en dato eller en bølge med en dato)`, en: `${member.municipality.name} has no go-live (neither a date nor a wave with a date)` }]));
  }
  return { source: view.source, waves, members: resolved, problems: problems.sort((a, b) => a.line - b.line) };
}
