/**
 * One bad-input case through the add-in's path: the plan rendered into the strict fake Excel host
 * by src/excel, filled in by "typing" (Excel's rules for typed input), changed as a user changed
 * it, then read and validated as the task pane does. Asserts the exact finding or sentence and
 * that reading changed nothing in the workbook: every cell, table and name is as it was.
 */
import { readPlanSnapshot, renderDescription } from "../../../src/excel";
import { isUserError } from "../../../src/model/errors";
import { parseIsoDate } from "../../../src/plan/dates";
import { storedVariant } from "../../../src/plan/storedVariant";
import { validatePlan } from "../../../src/plan/validation";
import type { WorkbookDescription } from "../../../src/workbook/types";
import { cachedResults } from "../../excel/support/evaluate";
import { FakeExcel } from "../../fakes/host";
import type { ExpectedFinding } from "./cliCase";
import { USER_ENTRIES, type Typed } from "./entries";
import { TODAY, planDescription } from "./plans";

export interface AddinCase {
  title: string;
  input: { edit: (excel: FakeExcel, at: CellFinder) => void };
  expected: { finding?: ExpectedFinding; error?: string };
}

/** The cell of (task ID, header) in the fake workbook, found by value like a user finds it. */
export type CellFinder = (id: string, header: string) => { sheet: string; address: string };

export function cellFinder(excel: FakeExcel): CellFinder {
  return (id, header) => {
    for (const table of excel.inspect.tables()) {
      const column = table.headers.indexOf(header);
      const idCell = excel.inspect.cells(table.sheet).find((c) => c.value === id);
      if (column < 0 || !idCell) continue;
      const first = table.address.split(":")[0].replace(/\d+$/, "");
      const letter = String.fromCharCode(first.charCodeAt(0) + column);
      return { sheet: table.sheet, address: `${letter}${idCell.address.replace(/^[A-Z]+/, "")}` };
    }
    throw new Error(`No cell for ${id} ${header}`);
  };
}

/** What a user types for a value: dates as serials (Excel turns a typed date into one). */
function typedInput(value: Typed): string | number {
  if (typeof value !== "object") return value;
  return Math.round(parseIsoDate(value.date).getTime() / 86_400_000) + 25569;
}

/** The plan in the fake host, filled in with USER_ENTRIES. */
export async function filledFakeExcel(description: WorkbookDescription = planDescription()): Promise<FakeExcel> {
  const excel = new FakeExcel({ evaluate: cachedResults(description) });
  await renderDescription(excel.run, description, { supports: () => true });
  const at = cellFinder(excel);
  for (const entry of USER_ENTRIES) {
    const { sheet, address } = at(entry.id, entry.header);
    excel.typeInto(sheet, address, typedInput(entry.value));
  }
  excel.resetStats();
  return excel;
}

/** Every sheet's cells, the tables and the names: the whole workbook as plain data. */
export function workbookState(excel: FakeExcel): unknown {
  const sheets = excel.inspect.sheets().map((s) => ({ ...s, cells: excel.inspect.cells(s.name) }));
  return JSON.parse(JSON.stringify({ sheets, tables: excel.inspect.tables(), names: excel.inspect.names() }));
}

export async function runAddinCase({ input, expected }: AddinCase): Promise<void> {
  const excel = await filledFakeExcel();
  input.edit(excel, cellFinder(excel));
  const before = workbookState(excel);
  let outcome: { error?: string; findings?: ReturnType<typeof validatePlan>["findings"] };
  try {
    const snapshot = await readPlanSnapshot(excel.run);
    const result = validatePlan(snapshot, { variant: storedVariant(snapshot.variantJson, "workbook"), today: parseIsoDate(TODAY) });
    outcome = { findings: result.findings };
  } catch (error) {
    if (!isUserError(error)) throw error;
    outcome = { error: error.text.da };
  }
  if (expected.error !== undefined) expect(outcome.error).toBe(expected.error);
  else expect(outcome.error).toBeUndefined();
  if (expected.finding) {
    const { rule, sheet, cell, message } = expected.finding;
    expect(outcome.findings?.map((f) => ({ rule: f.rule, sheet: f.sheet, cell: f.cell, message: f.message.da }))).toContainEqual({ rule, sheet, cell, message });
  }
  expect(workbookState(excel)).toEqual(before);
}
