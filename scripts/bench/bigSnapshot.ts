/**
 * A plan snapshot with 100,000 task rows, for timing the validation rules alone. Building a real
 * plan that size and reading it back takes minutes (see the README's Performance notes), so the
 * snapshot of a generated plan with one local task per theme and phase is grown instead: each extra
 * local task is a copy of the generated row of its theme and phase, moved down its table the way
 * Excel fills a table (addresses and formulas follow the row), then filled in with a status.
 */
import { PHASE_IDS, THEME_IDS } from "../../src/model";
import type { LocalTask, Variant } from "../../src/model/types";
import type { PlanSnapshot, SnapshotCell, TaskRowSnapshot } from "../../src/plan/snapshot";
import { cellAddress, parseAddress } from "../../src/workbook/address";
import { buildPlanWorkbook } from "../../src/workbook/build";
import { shiftFormulaRows } from "../../src/workbook/formulaShift";
import { readSnapshot } from "../../src/workbook/readSnapshot";
import { descriptionView } from "../../test/support/descriptionView";
import { localTasks, planInput, seeded, variantWithLocalTasks } from "./plans";

/** 7 themes × 4 phases: localTasks(28) gives one task of every pair. */
const PAIRS = THEME_IDS.length * PHASE_IDS.length;

function moved(cell: SnapshotCell | undefined, row: number, delta: number): SnapshotCell | undefined {
  if (!cell) return undefined;
  const copy: SnapshotCell = { ...cell, address: cellAddress(parseAddress(cell.address).column, row) };
  if (cell.formula !== undefined) copy.formula = shiftFormulaRows(cell.formula, delta);
  return copy;
}

/** Mostly the model's words, as in a plan in use; one status in twenty mistyped or cleared. */
const STATUSES = [...Array<string>(8).fill("Ikke startet"), ...Array<string>(4).fill("I gang"), ...Array<string>(5).fill("Fuldført"), "Ikke relevant", "Ikke relevant", "Færdig"];

/** The template row moved to `row` as `task`'s row, with a status (and what goes with it) typed in. */
function taskRow(template: TaskRowSnapshot, task: LocalTask, row: number, next: () => number): TaskRowSnapshot {
  const delta = row - template.row;
  const cells: TaskRowSnapshot["cells"] = {};
  for (const [key, cell] of Object.entries(template.cells) as [keyof TaskRowSnapshot["cells"], SnapshotCell][]) cells[key] = moved(cell, row, delta);
  const set = (key: keyof TaskRowSnapshot["cells"], value: SnapshotCell["value"]) => {
    const cell = cells[key];
    if (cell) cells[key] = { address: cell.address, value };
  };
  set("id", task.id);
  set("task", task.title);
  const status = STATUSES[Math.floor(next() * STATUSES.length)];
  set("status", status);
  if (status === "Fuldført" && next() < 0.8) set("completed", 46300 + Math.floor(next() * 60));
  if (status === "Ikke relevant" && next() < 0.5) set("note", "Ikke aktuelt i kommunen");
  return { ...template, row, cells, extra: [] };
}

/** `rows` task rows: the model's 34 and `rows - 34` local tasks, with the variant that lists them. */
export function bigSnapshot(rows: number): { snapshot: PlanSnapshot; variant: Variant } {
  const small = variantWithLocalTasks(PAIRS);
  const base = readSnapshot(descriptionView(buildPlanWorkbook(planInput(small))));
  const isLocal = (r: TaskRowSnapshot) => String(r.cells.id?.value ?? "").startsWith("L-");
  const templates = new Map(base.tasks.filter(isLocal).map((r) => [String(r.cells.id?.value), r]));
  const templateOf = (task: LocalTask) => templates.get(small.localTasks.find((t) => t.theme === task.theme && t.phase === task.phase)?.id ?? "") as TaskRowSnapshot;

  // Parsed form built directly: parseVariant checks 100,000 ids for duplicates pairwise (minutes).
  const variant: Variant = { ...small, localTasks: localTasks(rows - base.tasks.filter((r) => !isLocal(r)).length) };
  const next = seeded(100_000);
  const tasks: TaskRowSnapshot[] = [];
  for (const table of new Set(base.tasks.map((r) => r.table))) {
    const own = base.tasks.filter((r) => r.table === table);
    tasks.push(...own.filter((r) => !isLocal(r)));
    let row = Math.min(...own.filter(isLocal).map((r) => r.row));
    for (const task of variant.localTasks) {
      const template = templateOf(task);
      if (template.table === table) tasks.push(taskRow(template, task, row++, next));
    }
  }
  return { snapshot: { ...base, source: "bench", tasks }, variant };
}
