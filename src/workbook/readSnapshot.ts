/**
 * A plan workbook, seen through a host-neutral view, as a PlanSnapshot: every task, criteria and
 * archive row with its sheet and cell, the go-live cell, the phase windows and the metadata. Tables
 * are found by name and header, never by address. Throws one UserError when the workbook is not a
 * plan, when a table lost a required header, or when it comes from a newer model version.
 */
import { UserError } from "../model/errors";
import type { Lang } from "../model/types";
import type {
  ArchiveRowSnapshot,
  CriteriaRowSnapshot,
  PlanSnapshot,
  SheetCellSnapshot,
  SnapshotCell,
  TableSnapshot,
  TaskRowSnapshot,
} from "../plan/snapshot";
import { cellAddress, parseAddress } from "./address";
import { FRONT } from "./front";
import { CRITERIA_COLUMNS, NAMES, PHASE_COLUMNS, PHASE_TABLE, TASK_COLUMNS } from "./layout";
import { assertKnownModelVersion, findMetaTable, readMeta } from "./readMeta";
import { keyedRows, mapHeaders, tableKind, type ColumnKey, type KeyedRow, type TableKind } from "./readTables";
import type { SheetView, TableView, WorkbookView } from "./workbookView";

interface FoundTable {
  sheet: SheetView;
  table: TableView;
  kind: TableKind;
}

function planTables(view: WorkbookView): FoundTable[] {
  return view.sheets.flatMap((sheet) =>
    sheet.tables.flatMap((table) => {
      const kind = tableKind(table);
      return kind ? [{ sheet, table, kind }] : [];
    }),
  );
}

/** Danish unless the metadata or the task headers say English. */
function languageOf(metaLang: Lang | undefined, tables: FoundTable[]): Lang {
  if (metaLang) return metaLang;
  const headers = tables.filter((t) => t.kind === "task").flatMap((t) => t.table.headers);
  return headers.includes("Task") && !headers.includes("Opgave") ? "en" : "da";
}

function sheetCell(view: WorkbookView, sheetName: string, address: string): SheetCellSnapshot | undefined {
  const sheet = view.sheets.find((s) => s.name === sheetName);
  if (!sheet) return undefined;
  const cell = sheet.cell(address) ?? { address, value: null };
  return { sheet: sheet.name, cell: { ...cell, address } };
}

/** The go-live cell (through the GoLive name) and the front-sheet fields above it. */
function frontCells(view: WorkbookView): Pick<PlanSnapshot, "goLive" | "municipality" | "municipalityCode" | "solution" | "wave"> {
  const name = view.names.find((n) => n.name.toLowerCase() === NAMES.goLive.toLowerCase());
  if (!name) return {};
  const first = name.range.split(":")[0].replace(/\$/g, "");
  // A name that points at no cell (a host that passes "#REF!" on) is as good as gone.
  if (!/^[A-Z]{1,3}[1-9]\d*$/i.test(first)) return {};
  const goLive = sheetCell(view, name.sheet, first);
  if (!goLive) return {};
  const { column, row } = parseAddress(first);
  const above = (fieldRow: number) => {
    const target = row - (FRONT.goLiveRow - fieldRow);
    return target >= 1 ? sheetCell(view, name.sheet, cellAddress(column, target)) : undefined;
  };
  return {
    goLive,
    municipality: above(FRONT.municipalityRow),
    municipalityCode: above(FRONT.codeRow),
    solution: above(FRONT.solutionRow),
    wave: above(FRONT.waveRow),
  };
}

function phaseWindowsOf(view: WorkbookView): PlanSnapshot["phaseWindows"] {
  for (const sheet of view.sheets) {
    const table = sheet.tables.find((t) => t.name.toLowerCase() === PHASE_TABLE.toLowerCase());
    if (!table) continue;
    const index = (key: string) => {
      const column = PHASE_COLUMNS.find((c) => c.key === key);
      return table.headers.findIndex((h) => column !== undefined && [column.header.da, column.header.en].includes(h.trim()));
    };
    const [label, start, end] = [index("phase"), index("start"), index("end")];
    if (label < 0 || start < 0 || end < 0) return [];
    return table.rows.map((cells) => ({ label: String(cells[label]?.value ?? ""), start: cells[start], end: cells[end], sheet: sheet.name }));
  }
  return [];
}

function pick<K extends string>(row: KeyedRow, keys: readonly K[]): Partial<Record<K, SnapshotCell>> {
  const cells: Partial<Record<K, SnapshotCell>> = {};
  for (const key of keys) {
    const cell = row.cells[key as ColumnKey];
    if (cell) cells[key] = cell;
  }
  return cells;
}

function taskRow(found: FoundTable, row: KeyedRow): TaskRowSnapshot {
  const cells = pick(row, TASK_COLUMNS.map((c) => c.key));
  const snapshot: TaskRowSnapshot = { sheet: found.sheet.name, table: found.table.name, row: row.row, cells, extra: row.extra };
  if (row.outsideTable) snapshot.outsideTable = true;
  return snapshot;
}

function archiveRow(found: FoundTable, row: KeyedRow): ArchiveRowSnapshot {
  const { origin, reason, archivedOn } = row.cells;
  return { ...taskRow(found, row), origin, reason, archivedOn };
}

function criteriaRow(found: FoundTable, row: KeyedRow): CriteriaRowSnapshot {
  const cells = pick(row, CRITERIA_COLUMNS.map((c) => c.key));
  return { sheet: found.sheet.name, table: found.table.name, row: row.row, cells, extra: row.extra };
}

/** Reads the plan; see the file comment for what it throws. */
export function readSnapshot(view: WorkbookView): PlanSnapshot {
  const meta = readMeta(findMetaTable(view));
  const tables = planTables(view);
  if (!meta.format && !tables.some((t) => t.kind === "task")) {
    throw new UserError({
      da: `${view.source} er ikke en implementeringsplan: den har hverken implan-metadata eller opgavetabeller (Opgaver_…).`,
      en: `${view.source} is not an implementation plan: it has neither implan metadata nor task tables (Opgaver_…).`,
    });
  }
  assertKnownModelVersion(view.source, meta.modelVersion);
  const lang = languageOf(meta.lang, tables);
  const snapshot: PlanSnapshot = {
    source: view.source,
    format: meta.format,
    modelVersion: meta.modelVersion,
    lang,
    variantJson: meta.variantJson,
    ...frontCells(view),
    phaseWindows: phaseWindowsOf(view),
    tasks: [],
    criteria: [],
    archive: [],
    tables: [],
  };
  for (const found of tables) {
    const map = mapHeaders(found.table, found.kind, found.sheet.name, lang);
    const headerRow = parseAddress(found.table.topLeft).row;
    const idColumn = parseAddress(found.table.topLeft).column + map.keys.indexOf("id");
    const described: TableSnapshot = {
      sheet: found.sheet.name,
      name: found.table.name,
      kind: found.kind,
      headerRow,
      headers: [...found.table.headers],
      extraHeaders: map.extraHeaders,
      idHeader: cellAddress(idColumn, headerRow),
    };
    snapshot.tables?.push(described);
    for (const row of keyedRows(found.table, map, found.kind)) {
      if (found.kind === "task") snapshot.tasks.push(taskRow(found, row));
      else if (found.kind === "criteria") snapshot.criteria.push(criteriaRow(found, row));
      else snapshot.archive.push(archiveRow(found, row));
    }
  }
  return snapshot;
}
