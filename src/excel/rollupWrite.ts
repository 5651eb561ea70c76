/**
 * Writes a rollup description (Overblik, Kommuner, Status, Kriterier, Filer, Fund, Udrulning) into
 * the open workbook. At most four syncs, whatever the number of plans:
 *   1. what the workbook holds (rollupFacts), and where the rollup goes (rollupPlacement);
 *   2. an earlier rollup's sheets and Statusdato out, the new sheets and names in, and as many
 *      values as fit under the request limit (rollupBatches);
 *   3. only for a very large rollup: the rest of the values and formatting;
 *   4. the finish: print setup, the blank start sheet out, the PivotTable (ExcelApi 1.8).
 * A failed 2 or 3 takes the half-written sheets out again; a failed 4 becomes a note, since the
 * rollup itself is complete. The user's other sheets are never written or deleted.
 */
import type { Text } from "../model/types";
import type { PrintSetup, SheetDescription, WorkbookDescription } from "../workbook/types";
import { leftoverText, removePartialPlan } from "./cleanup";
import { ExcelHostError, officeErrorCode, toUserError } from "./errors";
import { type ExcelRun, type Supports, officeSupports } from "./host";
import { REQUIRES as PRINT_API, queuePrintSetup } from "./optional/print";
import { REQUIRES as VALIDATION_API, queueListValidations } from "./optional/validations";
import type { Progress, RollupWriteResult } from "./planHost";
import { type WriteStep, twoBatches, writeSteps } from "./rollupBatches";
import { PIVOT_SHEET, readRollupFacts } from "./rollupFacts";
import { PIVOT_NOTES, finishFailedNote } from "./rollupNotes";
import { REQUIRES as PIVOT_API, queuePivot } from "./rollupPivot";
import { type RollupPlacement, placeRollup } from "./rollupPlacement";
import { queueSheetFormat, queueValues } from "./writeSheet";

const STEPS = {
  look: { da: "Ser efter en tidligere udrulningsstatus …", en: "Looking for an earlier rollout status …" },
  write: { da: "Skriver udrulningsstatus i projektmappen …", en: "Writing the rollout status into the workbook …" },
  finish: { da: "Laver pivottabellen …", en: "Making the PivotTable …" },
} satisfies Record<string, Text>;

/** What sync 2 adds besides values: sheets, names, deletions; a few calls each. */
const SETUP_BYTES = 64 * 1024;

export interface WriteRollupOptions {
  supports?: Supports;
  progress?: Progress;
}

function queueSetup(context: Excel.RequestContext, placement: RollupPlacement, description: WorkbookDescription): void {
  const { workbook } = context;
  if (placement.placeholder) workbook.worksheets.add(placement.placeholder);
  // Names first: deleting their sheet would leave them pointing at #REF!.
  for (const name of placement.dropNames) workbook.names.getItem(name).delete();
  if (placement.dropPivotSheet) workbook.worksheets.getItem(PIVOT_SHEET).delete();
  for (const sheet of placement.replace) workbook.worksheets.getItem(sheet).delete();
  for (const s of placement.write) {
    const sheet = workbook.worksheets.add(s.name);
    if (s.tabColor) sheet.tabColor = `#${s.tabColor}`;
  }
  for (const n of description.names) workbook.names.add(n.name, workbook.worksheets.getItem(n.sheet).getRange(n.range));
}

function queueSteps(context: Excel.RequestContext, steps: readonly WriteStep[], supports: Supports): void {
  context.workbook.application.suspendApiCalculationUntilNextSync();
  for (const step of steps) {
    const sheet = context.workbook.worksheets.getItem(step.sheet.name);
    if (step.kind === "values") {
      queueValues(sheet, [step.block]);
      continue;
    }
    queueSheetFormat(sheet, step.sheet, step.layout);
    if (supports(VALIDATION_API)) queueListValidations(sheet, step.sheet.validations);
  }
}

function queueLooks(context: Excel.RequestContext, placement: RollupPlacement): void {
  const worksheets = context.workbook.worksheets;
  const first = placement.write.find((s) => s.visibility === "visible");
  if (first) worksheets.getItem(first.name).activate();
  for (const s of placement.write) if (s.visibility !== "visible") worksheets.getItem(s.name).visibility = s.visibility === "hidden" ? "Hidden" : "VeryHidden";
  if (placement.placeholder) worksheets.getItem(placement.placeholder).delete();
}

/** Sends the queued writes; on failure takes the new sheets and names out again, then rethrows. */
async function syncOrRemove(context: Excel.RequestContext, written: WorkbookDescription): Promise<void> {
  try {
    await context.sync();
  } catch (error) {
    await removePartialPlan(context, written).catch((cleanupError: unknown) => {
      throw new ExcelHostError(leftoverText(written), error, officeErrorCode(cleanupError) ?? officeErrorCode(error));
    });
    throw error;
  }
}

/** Queues the finish; false when there is nothing to do. */
function queueFinish(context: Excel.RequestContext, placement: RollupPlacement, description: WorkbookDescription, supports: Supports): boolean {
  const worksheets = context.workbook.worksheets;
  if (placement.blankSheet) worksheets.getItem(placement.blankSheet).delete();
  const printed = placement.write.filter((s): s is SheetDescription & { print: PrintSetup } => s.print !== undefined);
  if (supports(PRINT_API)) for (const s of printed) queuePrintSetup(worksheets.getItem(s.name), s.print);
  // Last, so a PivotTable Excel refuses cannot undo the steps before it.
  const pivot = supports(PIVOT_API) && !placement.pivotSkipped;
  if (supports(PIVOT_API) && !placement.pivotSkipped) queuePivot(context, description.lang);
  return placement.blankSheet !== undefined || (supports(PRINT_API) && printed.length > 0) || pivot;
}

export async function writeRollup(run: ExcelRun, description: WorkbookDescription, options: WriteRollupOptions = {}): Promise<RollupWriteResult> {
  const supports = options.supports ?? officeSupports;
  const progress = options.progress ?? (() => undefined);
  try {
    return await run(async (context) => {
      progress(STEPS.look);
      const facts = await readRollupFacts(context, description, supports);
      const placement = placeRollup(facts, description, supports(PIVOT_API));
      const [first, second] = twoBatches(writeSteps(placement.write, description.styles), SETUP_BYTES);
      const written: WorkbookDescription = { ...description, sheets: placement.write };

      progress(STEPS.write);
      queueSetup(context, placement, description);
      queueSteps(context, first, supports);
      if (second.length === 0) queueLooks(context, placement);
      await syncOrRemove(context, written);
      if (second.length > 0) {
        queueSteps(context, second, supports);
        queueLooks(context, placement);
        await syncOrRemove(context, written);
      }

      const notes: Text[] = placement.pivotSkipped ? [PIVOT_NOTES[placement.pivotSkipped]] : [];
      let pivot = false;
      if (!placement.pivotSkipped) progress(STEPS.finish);
      if (queueFinish(context, placement, description, supports)) {
        try {
          await context.sync();
          pivot = !placement.pivotSkipped;
        } catch (error) {
          notes.push(finishFailedNote(officeErrorCode(error)));
        }
      }
      const sheets = [...placement.write.map((s) => s.name), ...(pivot ? [PIVOT_SHEET] : [])];
      return { sheets, replaced: placement.replace, kept: placement.keep, pivot, notes };
    });
  } catch (error) {
    throw toUserError(error, "rollup");
  }
}
