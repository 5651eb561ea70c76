/**
 * Re-plans the open workbook as `implan update` re-plans a file: every entry kept (on its task's row
 * or in Arkiv), the plan built again for a new go-live and variant (removed and local tasks, the
 * holiday list and the timeline's weeks included), the user's own sheets untouched and the plan
 * sheets' names as the user left them. Syncs, whatever the number of tasks:
 *   1. read the plan (readPlanView; a second only for a table the user may have renamed);
 *   2. write the new plan beside the old one, under temporary sheet and table names;
 *   3. swap: delete the old plan's sheets and names, give the new ones their final names, recreate
 *      the workbook names, put the user's names and formulas that pointed at the plan back, restore
 *      the sheet order, print setup last;
 *   4. only after a failure: delete the temporary sheets (2 failed: nothing else was touched), or
 *      send the swap again without print setup (3 failed: it is safe to repeat and finishes the job).
 * Entries are never at risk: until 3 they are only in the old plan (untouched) plus a copy, and 3
 * deletes an old sheet only after its copy exists.
 */
import type { Text, Variant } from "../model/types";
import { type PhaseWindow, phaseWindows } from "../plan/phases";
import type { MergeSummary } from "../plan/update/merge";
import { sheetNamesByKey } from "../workbook/planSheets";
import { readSnapshot } from "../workbook/readSnapshot";
import { type ReplanOptions, replanDescription } from "../workbook/replan";
import { asUserErrors } from "./errors";
import { WORKBOOK_SOURCE } from "./excelPlanHostRequest";
import type { ExcelRun, Supports } from "./host";
import { REQUIRES as PRINT_API } from "./optional/print";
import type { Progress } from "./planHost";
import { type OpenWorkbookView, readPlanView } from "./readView";
import { SKIPPED_TEXT } from "./render";
import { replanError } from "./replanErrors";
import { isTemporarySheet } from "./replanNames";
import { withoutLeftovers } from "./replanLeftovers";
import { type SwapPlan, planSwap } from "./replanSwap";
import { queueCleanup, queueSwap, queueTemporaryPlan } from "./replanWrite";
import { REQUIRES as VALIDATION_API } from "./optional/validations";

export interface ReplanRequest {
  /** The new go-live; the workbook's own when absent. */
  goLive?: Date;
  /** The new variant; the one stored in the workbook when absent. */
  variant?: Variant;
  /** Front-sheet fields to write; the workbook's own when absent. */
  front?: ReplanOptions["front"];
}

export interface ReplanWorkbookOptions {
  supports: Supports;
  /** The day of the update, written on rows moved to Arkiv. */
  today: Date;
  progress?: Progress;
}

export interface ReplanResult extends MergeSummary {
  goLive: Date;
  variant: Variant;
  windows: PhaseWindow[];
  /** What the user should know: features left out, names or formulas that could not be kept, rows archived. */
  notes: Text[];
}

const STEPS = {
  read: { da: "Læser planen …", en: "Reading the plan …" },
  write: { da: "Skriver den nye plan …", en: "Writing the new plan …" },
  swap: { da: "Sætter den nye plan i stedet for den gamle …", en: "Putting the new plan in place of the old one …" },
} satisfies Record<string, Text>;

const NO_PRINT: Text = {
  da: "Udskriftsopsætningen (A4, liggende, sidefod) mangler, fordi Excel afviste den; planen er ellers opdateret. Den kan sættes i Excel.",
  en: "Print setup (A4, landscape, footer) is missing because Excel refused it; the plan is otherwise updated. It can be set in Excel.",
};

function archivedNote(archived: number): Text[] {
  if (archived === 0) return [];
  return [{ da: `${archived === 1 ? "1 række" : `${archived} rækker`} med indtastninger hører ikke længere til en opgave i planen og står nu på arket Arkiv.`, en: `${archived === 1 ? "1 row" : `${archived} rows`} with entries no longer belong to a task of the plan and are now on the Arkiv sheet.` }];
}

function skippedNotes(plan: SwapPlan, supports: Supports): Text[] {
  const notes: Text[] = [];
  if (!supports(VALIDATION_API) && plan.final.sheets.some((s) => s.validations.length > 0)) notes.push(SKIPPED_TEXT.listValidation);
  if (!supports(PRINT_API) && plan.final.sheets.some((s) => s.print)) notes.push(SKIPPED_TEXT.printSetup);
  return notes;
}

/** Writes the new plan and swaps it in (syncs 2–4); returns extra notes. */
async function writeAndSwap(run: ExcelRun, plan: SwapPlan, options: ReplanWorkbookOptions): Promise<Text[]> {
  const { supports, progress } = options;
  return run(async (context) => {
    progress?.(STEPS.write);
    const targets = queueTemporaryPlan(context, plan, supports);
    try {
      await context.sync();
    } catch (error) {
      queueCleanup(context, plan);
      await context.sync().catch(() => {
        throw replanError("writeLeftover", error, plan.sheets.map((s) => s.temp));
      });
      throw replanError("write", error);
    }
    progress?.(STEPS.swap);
    queueSwap(context, plan, targets, true, supports);
    try {
      await context.sync();
      return [];
    } catch {
      // Whatever part of the swap Excel did, doing it all again (by id, without print setup) finishes it.
      queueSwap(context, plan, targets, false, supports);
      await context.sync().catch((error: unknown) => {
        throw replanError("swap", error, [], plan.formulas);
      });
      return plan.final.sheets.some((s) => s.print) && supports(PRINT_API) ? [NO_PRINT] : [];
    }
  });
}

/** Re-plans from a view already read (the adapter reads once to choose between moving dates and this). */
export async function replanFromView(run: ExcelRun, view: OpenWorkbookView, request: ReplanRequest, options: ReplanWorkbookOptions): Promise<ReplanResult> {
  const clean = withoutLeftovers(view);
  const snapshot = await asUserErrors("read", async () => readSnapshot(clean));
  // A sheet that still has an interrupted re-plan's temporary name gives the new sheet its place, not its name.
  const places = sheetNamesByKey(snapshot);
  const named = sheetNamesByKey({ ...snapshot, tables: snapshot.tables?.filter((t) => !isTemporarySheet(t.sheet)) });
  const sheetNames = Object.fromEntries(Object.entries(named).filter(([, name]) => !isTemporarySheet(name)));
  const replan = replanDescription(snapshot, { source: WORKBOOK_SOURCE, ...request, today: options.today, sheetNames });
  const windows = phaseWindows(replan.goLive, replan.variant);
  const plan = planSwap(view, snapshot, replan.description, places);
  const swapNotes = await writeAndSwap(run, plan, options);
  const notes = [...skippedNotes(plan, options.supports), ...swapNotes, ...replan.warnings, ...plan.notes, ...archivedNote(replan.summary.archived)];
  return { ...replan.summary, goLive: replan.goLive, variant: replan.variant, windows, notes };
}

export async function replanWorkbook(run: ExcelRun, request: ReplanRequest, options: ReplanWorkbookOptions): Promise<ReplanResult> {
  options.progress?.(STEPS.read);
  const view = await readPlanView(run).catch((error: unknown) => {
    throw replanError("read", error);
  });
  return replanFromView(run, view, request, options);
}
