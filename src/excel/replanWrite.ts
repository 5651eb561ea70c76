/**
 * The re-plan's batches, queued without a sync (replan.ts syncs them):
 *  - write: the new plan under temporary names beside the old one, and the ids the swap needs;
 *  - cleanup: after a failed write, delete the temporary sheets (nothing else was touched);
 *  - swap: delete the old plan's names and sheets, give the new sheets, tables and names their final
 *    names, put the user's names and formulas back, restore the sheet order. Every step is by id or
 *    absolute, so sending the same swap again finishes one that failed half-way.
 */
import type { Supports } from "./host";
import { REQUIRES as PRINT_API, queuePrintSetup } from "./optional/print";
import type { OrderItem, SwapPlan } from "./replanSwap";
import { addSheets, queueContent, queueVisibility } from "./renderSheets";

/** The ids of what the swap works on, loaded by the write sync. */
export interface SwapTargets {
  old: Excel.Worksheet[];
  sheets: Excel.Worksheet[];
  tables: Excel.Table[];
}

/** Queues the new plan under temporary names and loads the ids of the old and new sheets and tables. */
export function queueTemporaryPlan(context: Excel.RequestContext, plan: SwapPlan, supports: Supports): SwapTargets {
  const worksheets = context.workbook.worksheets;
  context.workbook.application.suspendApiCalculationUntilNextSync();
  const old = plan.oldSheets.map((name) => worksheets.getItemOrNullObject(name).load("id"));
  const added = addSheets(context, plan.temporary.sheets);
  // Each new sheet beside the old one it replaces (first, before the bulk of the writes), so the
  // order is right however far the swap gets, and a later run finds leftovers in their places.
  queueOrder(context, plan.interim, added);
  queueContent(plan.temporary, added, supports);
  queueVisibility(plan.temporary, added);
  const sheets = plan.sheets.map((s) => (added.get(s.temp) as Excel.Worksheet).load("id"));
  const tables = plan.tables.map((t) => (added.get(t.sheet) as Excel.Worksheet).tables.getItem(t.temp).load("id"));
  return { old, sheets, tables };
}

/** Sets every sheet's position; new sheets by their proxies, the others by name. */
function queueOrder(context: Excel.RequestContext, order: readonly OrderItem[], added: ReadonlyMap<string, Excel.Worksheet>): void {
  order.forEach((item, position) => {
    const sheet = "temp" in item ? added.get(item.temp) : context.workbook.worksheets.getItem("user" in item ? item.user : item.old);
    (sheet as Excel.Worksheet).position = position;
  });
}

/** After a failed write: the temporary sheets go (their names were free before, so they are ours). */
export function queueCleanup(context: Excel.RequestContext, plan: SwapPlan): void {
  for (const sheet of plan.sheets) context.workbook.worksheets.getItemOrNullObject(sheet.temp).delete();
}

/** Queues the swap; `print` adds the print setup last, so a host that refuses it fails after the swap itself. */
export function queueSwap(context: Excel.RequestContext, plan: SwapPlan, targets: SwapTargets, print: boolean, supports: Supports): void {
  const workbook = context.workbook;
  const byId = (sheet: Excel.Worksheet) => workbook.worksheets.getItem(sheet.id);
  workbook.application.suspendApiCalculationUntilNextSync();
  // Names first, so none is left pointing at a deleted sheet; then the old sheets, by id, so a
  // repeated swap never deletes a new sheet that already has an old sheet's name.
  for (const name of plan.removeNames) workbook.names.getItemOrNullObject(name).delete();
  for (const sheet of targets.old) if (!sheet.isNullObject) workbook.worksheets.getItemOrNullObject(sheet.id).delete();
  const sheets = new Map(plan.sheets.map((s, i) => [s.temp, byId(targets.sheets[i])]));
  plan.sheets.forEach((s) => ((sheets.get(s.temp) as Excel.Worksheet).name = s.final));
  plan.tables.forEach((t, i) => (workbook.tables.getItem(targets.tables[i].id).name = t.final));
  for (const n of plan.temporary.names) workbook.names.add(n.name, (sheets.get(n.sheet) as Excel.Worksheet).getRange(n.range));
  for (const n of plan.userNames) workbook.names.add(n.name, n.formula);
  for (const f of plan.formulas) workbook.worksheets.getItem(f.sheet).getRange(f.address).formulas = [[`=${f.formula}`]];
  queueOrder(context, plan.order, sheets);
  const first = plan.temporary.sheets.find((s) => s.visibility === "visible");
  if (first) sheets.get(first.name)?.activate();
  if (print && supports(PRINT_API)) for (const s of plan.temporary.sheets) if (s.print) queuePrintSetup(sheets.get(s.name) as Excel.Worksheet, s.print);
}
