/**
 * A filled-in plan for the re-plan tests, made the same way in the fake Excel host and in an ExcelJS
 * workbook (the CLI's side): the plan with a user's own column "Budget", then what a project leader
 * typed (statuses, names, dates, notes, a formula, a criterion's assessment, a local task typed as a
 * row under a table) and a sheet of their own with formulas into the plan. The new variant removes
 * two tasks that have entries, adds a local task and counts working days (a new holiday list).
 */
import ExcelJS from "exceljs";
import { parseVariant, resolveMunicipality } from "../../../src/model";
import { civilDate, parseIsoDate, toExcelSerial } from "../../../src/plan/dates";
import type { PlanSnapshot } from "../../../src/plan/snapshot";
import { emptyEntries } from "../../../src/plan/update/entries";
import { parseAddress, cellAddress } from "../../../src/workbook/address";
import { buildPlanWorkbook } from "../../../src/workbook/build";
import { CRITERIA_COLUMNS, TASK_COLUMNS } from "../../../src/workbook/layout";
import type { WorkbookDescription } from "../../../src/workbook/types";
import { renderXlsx } from "../../../src/xlsx/render";
import { renderDescription } from "../../../src/excel";
import { FakeExcel } from "../../fakes/host";
import type { Evaluate } from "../../fakes/runtime";
import { cachedResults } from "./evaluate";
import { allSupported, localTasks } from "./plans";

export const TODAY = civilDate(2026, 10, 1);
export const NEW_GO_LIVE = parseIsoDate("2027-09-01");
export const PRJ = "Projektstyring og -ledelse";
export const NOTES = "Mine noter";

const removed = (id: string) => ({ field: `removedTasks.${id}`, description: "Udgår hos os", approvedBy: "Styregruppen" });
const L1 = { id: "L-1", theme: "PRJ", title: "Lokal opgave 1", phase: "F1" };
/** `count` more local tasks ("L-100", "L-200", …), for the large plans of the budget tests. */
const many = (count: number) => localTasks(count).map((t) => ({ ...t, id: `L-${t.id.slice(2)}00` }));

export const oldVariant = (extraLocalTasks = 0) => parseVariant({ localTasks: [L1, ...many(extraLocalTasks)] });
export function newVariant(extraLocalTasks = 0) {
  return parseVariant({
    localTasks: [L1, { id: "L-2", theme: "GEV", title: "Ny lokal opgave", phase: "F2" }, ...many(extraLocalTasks)],
    removedTasks: ["PRJ-04", "VID-02"],
    deviations: [removed("PRJ-04"), removed("VID-02")],
    workdaysOnly: true,
  });
}

/** One thing a user typed: into the row of a task or criterion (by ID and header), or into a cell. */
export interface Typed {
  id: string;
  header: string;
  input: string | number;
}

const serial = (iso: string) => toExcelSerial(parseIsoDate(iso));

export const TYPED: Typed[] = [
  { id: "PRJ-01", header: "Ansvarlig", input: "Søren Æblegård" },
  { id: "PRJ-01", header: "Status", input: "Fuldført" },
  { id: "PRJ-01", header: "Fuldført dato", input: serial("2026-07-15") },
  { id: "PRJ-01", header: "Bemærkning", input: "Godkendt af styregruppen ✅" },
  { id: "PRJ-01", header: "Budget", input: 12000 },
  { id: "PRJ-02", header: "Budget", input: "=1000*12" },
  { id: "PRJ-04", header: "Bemærkning", input: "Leverandøren står for early-life support" },
  { id: "VID-02", header: "Status", input: "I gang" },
  { id: "VID-02", header: "Udfører", input: "Åse Øster" },
  { id: "L-1", header: "Status", input: "I gang" },
  { id: "F1-K1", header: "Vurdering", input: "Opfyldt" },
  { id: "F1-K1", header: "Begrundelse", input: "Godkendt på mødet 3. juni" },
];

/** A local task typed as a row right under the ORG table, in its columns. */
export const TYPED_ROW: Typed[] = [
  { id: "L-7", header: "ID", input: "L-7" },
  { id: "L-7", header: "Opgave", input: "Møde med leverandøren" },
  { id: "L-7", header: "Fase", input: "Fase 2 Forberedelse" },
  { id: "L-7", header: "Ansvarlig", input: "Kim Lund" },
  { id: "L-7", header: "Status", input: "I gang" },
];

/** The user's own sheet: text, and formulas through a name, a sheet reference and a table. */
export const NOTE_CELLS: [string, string][] = [
  ["A1", "Møde med KOMBIT"],
  ["B1", "=GoLive-30"],
  ["B2", `='${PRJ}'!D5`],
  ["B3", "=COUNTA(Opgaver_PRJ[Status])"],
];

export function startDescription(extraLocalTasks = 0): WorkbookDescription {
  const entries = { ...emptyEntries(), extraColumns: { Opgaver_PRJ: ["Budget"] } };
  return buildPlanWorkbook({ goLive: parseIsoDate("2027-03-01"), lang: "da", variant: oldVariant(extraLocalTasks), municipality: resolveMunicipality("Aarhus"), solution: "SAPA", wave: 1, entries });
}

/** Where each typed thing goes, found in the description by table, ID and header. */
export function placements(description: WorkbookDescription): { sheet: string; address: string; input: string | number }[] {
  const tables = description.sheets.flatMap((sheet) => sheet.tables.map((table) => ({ sheet, table })));
  const at = (typed: Typed, rowOffset: (found: (typeof tables)[number], index: number) => number) => {
    const found = tables.find(({ table }) => table.rows.some((r) => r[0].kind === "text" && r[0].text === typed.id)) ?? tables.find(({ table }) => table.name === "Opgaver_ORG");
    if (!found) throw new Error(`no table for ${typed.id}`);
    const index = found.table.rows.findIndex((r) => r[0].kind === "text" && r[0].text === typed.id);
    const column = found.table.columns.findIndex((c) => c.header === typed.header);
    if (column < 0) throw new Error(`no column ${typed.header} in ${found.table.name}`);
    const top = parseAddress(found.table.topLeft);
    return { sheet: found.sheet.name, address: cellAddress(top.column + column, rowOffset(found, index)), input: typed.input };
  };
  const inTable = TYPED.map((t) => at(t, (found, index) => parseAddress(found.table.topLeft).row + 1 + index));
  const below = TYPED_ROW.map((t) => at(t, (found) => parseAddress(found.table.topLeft).row + 1 + found.table.rows.length));
  return [...inTable, ...below];
}

/** A fake host whose formula cells answer with a description's cached results; `follow` switches the description. */
export function evaluatingFake(description: WorkbookDescription): { excel: FakeExcel; follow(next: WorkbookDescription): void } {
  let evaluate: Evaluate = cachedResults(description);
  const excel = new FakeExcel({ evaluate: (formula, sheet, address) => evaluate(formula, sheet, address) });
  return { excel, follow: (next) => (evaluate = cachedResults(next)) };
}

/** The plan in the fake host, filled in, with the user's sheet third; the counters reset. */
export async function filledFake(description = startDescription(), excel = new FakeExcel({ evaluate: cachedResults(description) })): Promise<FakeExcel> {
  await renderDescription(excel.run, description, { supports: allSupported });
  for (const p of placements(description)) excel.typeInto(p.sheet, p.address, p.input);
  await excel.run(async (context) => {
    const notes = context.workbook.worksheets.add(NOTES);
    notes.position = 2;
    notes.getRange("A1:B3").formulas = [
      [NOTE_CELLS[0][1], NOTE_CELLS[1][1]],
      ["", NOTE_CELLS[2][1]],
      ["", NOTE_CELLS[3][1]],
    ];
    await context.sync();
  });
  excel.resetStats();
  return excel;
}

/** The same workbook for the CLI: the ExcelJS renderer's file, typed into the same cells. */
export async function filledXlsx(description = startDescription()): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await renderXlsx(description)) as unknown as ArrayBuffer);
  for (const p of placements(description)) {
    const cell = workbook.getWorksheet(p.sheet)?.getCell(p.address);
    if (!cell) throw new Error(`no cell ${p.sheet}!${p.address}`);
    cell.value = typeof p.input === "string" && p.input.startsWith("=") ? ({ formula: p.input.slice(1) } as ExcelJS.CellFormulaValue) : p.input;
  }
  const notes = workbook.addWorksheet(NOTES);
  for (const [address, input] of NOTE_CELLS) notes.getCell(address).value = input.startsWith("=") ? ({ formula: input.slice(1) } as ExcelJS.CellFormulaValue) : input;
  return workbook;
}

const HEADER_KEYS = new Map<string, string>([...TASK_COLUMNS, ...CRITERIA_COLUMNS].map((c) => [c.header.da, c.key]));

/** Every value found for (id, header) in the snapshot's task, criteria and archive rows; formulas as "=…". */
export function valuesOf(snapshot: PlanSnapshot, id: string, header: string): unknown[] {
  const key = HEADER_KEYS.get(header);
  const rows = [...snapshot.tasks, ...snapshot.archive, ...snapshot.criteria].filter((r) => r.cells.id?.value === id);
  return rows.flatMap((row) => {
    const cell = key ? (row.cells as Record<string, { value: unknown; formula?: string } | undefined>)[key] : row.extra.find((e) => e.header === header)?.cell;
    return cell ? [cell.formula !== undefined ? `=${cell.formula}` : cell.value] : [];
  });
}

/** What the user typed that the snapshot no longer has, anywhere. */
export function missingEntries(snapshot: PlanSnapshot): string[] {
  return [...TYPED, ...TYPED_ROW].filter((t) => !valuesOf(snapshot, t.id, t.header).includes(t.input)).map((t) => `${t.id} ${t.header} = ${JSON.stringify(t.input)} (found ${JSON.stringify(valuesOf(snapshot, t.id, t.header))})`);
}
