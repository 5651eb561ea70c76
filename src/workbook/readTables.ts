/**
 * Recognising the plan's tables in a workbook view by table name and header, and mapping each
 * header to its column key, so sorted, reordered, renamed-sheet and user-extended tables still read.
 */
import { UserError } from "../model/errors";
import type { Lang, Text } from "../model/types";
import type { SnapshotCell, TableSnapshot } from "../plan/snapshot";
import { parseAddress } from "./address";
import {
  ARCHIVE_COLUMNS,
  ARCHIVE_TABLE,
  CRITERIA_COLUMNS,
  CRITERIA_TABLE_PREFIX,
  TASK_COLUMNS,
  TASK_TABLE_PREFIX,
  type ArchiveColumnKey,
  type CriteriaColumnKey,
  type TaskColumnKey,
} from "./layout";
import type { TableView } from "./workbookView";

export type TableKind = TableSnapshot["kind"];

interface ColumnDef<K extends string> {
  key: K;
  header: Text;
}

/** The columns a table must keep for its rows to be read and checked. */
const REQUIRED: Record<TableKind, readonly string[]> = {
  task: ["id", "task", "phase", "deadline", "status", "completed", "note"],
  criteria: ["id", "assessment", "justification"],
  archive: ["id"],
};

const COLUMNS: Record<TableKind, ColumnDef<string>[]> = {
  task: TASK_COLUMNS,
  criteria: CRITERIA_COLUMNS,
  archive: [...TASK_COLUMNS, ...ARCHIVE_COLUMNS],
};

export type ColumnKey = TaskColumnKey | CriteriaColumnKey | ArchiveColumnKey;

const normalize = (header: string) => header.trim().toLocaleLowerCase("da");

function hasHeaders(table: TableView, ...wanted: ColumnDef<string>[]): boolean {
  const headers = new Set(table.headers.map(normalize));
  return wanted.every((column) => headers.has(normalize(column.header.da)) || headers.has(normalize(column.header.en)));
}

const byKey = <K extends string>(columns: ColumnDef<K>[], key: K) => columns.find((c) => c.key === key) as ColumnDef<K>;

/** Which plan table this is: by name first, then (for a renamed table) by its headers. */
export function tableKind(table: TableView): TableKind | undefined {
  const name = table.name.toLocaleUpperCase("da");
  if (name === ARCHIVE_TABLE.toLocaleUpperCase("da")) return "archive";
  if (name.startsWith(TASK_TABLE_PREFIX.toUpperCase())) return "task";
  if (name.startsWith(CRITERIA_TABLE_PREFIX.toUpperCase())) return "criteria";
  if (hasHeaders(table, byKey(TASK_COLUMNS, "id"), byKey(TASK_COLUMNS, "task"), byKey(TASK_COLUMNS, "status"))) return "task";
  if (hasHeaders(table, byKey(CRITERIA_COLUMNS, "id"), byKey(CRITERIA_COLUMNS, "criterion"), byKey(CRITERIA_COLUMNS, "assessment"))) return "criteria";
  return undefined;
}

/** A table's headers resolved: the contract column each header is, or none for the user's own. */
export interface HeaderMap {
  keys: (ColumnKey | undefined)[];
  extraHeaders: string[];
}

/**
 * Maps headers (in either language, any case, any order) to column keys. Throws one UserError for
 * the first required header that is missing, naming the table, its sheet and the header to restore.
 */
export function mapHeaders(table: TableView, kind: TableKind, sheet: string, lang: Lang): HeaderMap {
  const columns = COLUMNS[kind];
  const seen = new Set<string>();
  const keys = table.headers.map((header) => {
    const found = columns.find((c) => !seen.has(c.key) && [c.header.da, c.header.en].some((h) => normalize(h) === normalize(header)));
    if (found) seen.add(found.key);
    return found?.key as ColumnKey | undefined;
  });
  const missing = REQUIRED[kind].find((key) => !seen.has(key));
  if (missing) {
    const header = (columns.find((c) => c.key === missing) as ColumnDef<string>).header[lang];
    throw new UserError({
      da: `Tabellen "${table.name}" på arket "${sheet}" mangler kolonnen "${header}"; giv kolonnen overskriften "${header}" igen.`,
      en: `The table "${table.name}" on the sheet "${sheet}" lacks the column "${header}"; give the column the header "${header}" again.`,
    });
  }
  const extraHeaders = table.headers.filter((_, i) => keys[i] === undefined);
  return { keys, extraHeaders };
}

/** True when the cell holds nothing a person typed: empty, only spaces, or a formula's result. */
export function isBlankInput(cell: SnapshotCell | undefined): boolean {
  if (!cell || cell.formula !== undefined) return true;
  const { value } = cell;
  return value === null || (typeof value === "string" && value.trim() === "");
}

/** A body row as cells by key and the user's own columns by header. */
export interface KeyedRow {
  row: number;
  outsideTable?: boolean;
  cells: Partial<Record<ColumnKey, SnapshotCell>>;
  extra: { header: string; cell: SnapshotCell }[];
}

/**
 * The table's body rows by key, then (for task and archive tables) the rows typed right under it.
 * Rows where nothing was typed (only formulas or blanks, e.g. a cleared row or the empty row Excel
 * keeps in a table) are left out: they hold no entry.
 */
export function keyedRows(table: TableView, map: HeaderMap, kind: TableKind): KeyedRow[] {
  const headerRow = parseAddress(table.topLeft).row;
  // Only task and archive tables have nothing of the plan's own under them (a phase sheet has its self-check block).
  const below = kind === "criteria" ? [] : (table.below ?? []);
  return [...table.rows, ...below].flatMap((cells, i) => {
    if (cells.every(isBlankInput)) return [];
    const row = cells[0] ? parseAddress(cells[0].address).row : headerRow + 1 + i;
    const keyed: KeyedRow = { row, cells: {}, extra: [] };
    if (i >= table.rows.length) keyed.outsideTable = true;
    cells.forEach((cell, column) => {
      const key = map.keys[column];
      if (key) keyed.cells[key] = cell;
      else if (table.headers[column] !== undefined) keyed.extra.push({ header: table.headers[column], cell });
    });
    return [keyed];
  });
}
