/**
 * Renders a workbook description into the open workbook with Office.js: the same workbook the
 * ExcelJS renderer writes to a file. Syncs, whatever the number of tasks:
 *   1. preflight: what the workbook already holds (never write over a plan or the user's sheets);
 *   2. every write, queued with API calculation suspended;
 *   3. only when needed: remove a half-made plan after a failed 2, or finish (drop the blank start
 *      sheet, print setup) after a good one.
 * Features above ExcelApi 1.7 are used only when `supports` says so; otherwise they are skipped and
 * listed in the result for the pane to show.
 */
import type { Text } from "../model/types";
import type { PrintSetup, WorkbookDescription } from "../workbook/types";
import { leftoverText, removePartialPlan } from "./cleanup";
import { ExcelHostError, officeErrorCode, toUserError } from "./errors";
import { type ExcelRun, type Supports, officeSupports } from "./host";
import { REQUIRES as PRINT_API, queuePrintSetup } from "./optional/print";
import { REQUIRES as VALIDATION_API } from "./optional/validations";
import { checkCanCreate, readWorkbookFacts } from "./preflight";
import { addSheets, queueContent, queueNames, queueVisibility } from "./renderSheets";

/** Keys of features left out; SKIPPED_TEXT says what each means for the user. */
export type SkippedFeature = "listValidation" | "printSetup";

export const SKIPPED_TEXT: Record<SkippedFeature, Text> = {
  listValidation: {
    da: "Rullelister i Status-, Fase- og Vurdering-kolonnerne er udeladt: denne Excel understøtter dem ikke via tilføjelsesprogrammer (kræver ExcelApi 1.8).",
    en: "Drop-down lists in the Status, Phase and Assessment columns were left out: this Excel does not support them for add-ins (needs ExcelApi 1.8).",
  },
  printSetup: {
    da: "Udskriftsopsætning (A4, liggende, sidehoved og sidefod) er udeladt; planen er ellers komplet.",
    en: "Print setup (A4, landscape, repeated headers, footer) was left out; the plan is otherwise complete.",
  },
};

export interface RenderResult {
  skipped: SkippedFeature[];
  /** Extra explanations, e.g. why a finishing step failed after the plan itself was made. */
  notes: Text[];
}

export interface RenderOptions {
  supports?: Supports;
}

function queueWrites(context: Excel.RequestContext, description: WorkbookDescription, supports: Supports): void {
  context.workbook.application.suspendApiCalculationUntilNextSync();
  const sheets = addSheets(context, description.sheets);
  // Names before formulas, so every formula finds the names it uses.
  queueNames(context, description.names, sheets);
  queueContent(description, sheets, supports);
  const first = description.sheets.find((s) => s.visibility === "visible");
  if (first) sheets.get(first.name)?.activate();
  queueVisibility(description, sheets);
}

function finishFailed(code: string | undefined): Text {
  const why = code ? ` (${code})` : "";
  return {
    da: `Planen er oprettet, men det sidste trin mislykkedes${why}: udskriftsopsætningen mangler måske, og et tomt startark kan være blevet stående. Begge dele kan rettes i Excel.`,
    en: `The plan was created, but the last step failed${why}: print setup may be missing and an empty start sheet may be left. Both can be fixed in Excel.`,
  };
}

/** Queues the finishing touches; false when there is nothing to do. */
function queueFinish(context: Excel.RequestContext, description: WorkbookDescription, blankSheet: string | undefined, supports: Supports): boolean {
  const worksheets = context.workbook.worksheets;
  if (blankSheet) worksheets.getItem(blankSheet).delete();
  const printed = description.sheets.filter((s) => s.print);
  if (supports(PRINT_API)) for (const s of printed) queuePrintSetup(worksheets.getItem(s.name), s.print as PrintSetup);
  return blankSheet !== undefined || (supports(PRINT_API) && printed.length > 0);
}

export async function renderDescription(run: ExcelRun, description: WorkbookDescription, options: RenderOptions = {}): Promise<RenderResult> {
  const supports = options.supports ?? officeSupports;
  const skipped: SkippedFeature[] = [];
  const notes: Text[] = [];
  if (!supports(VALIDATION_API) && description.sheets.some((s) => s.validations.length > 0)) skipped.push("listValidation");
  if (!supports(PRINT_API) && description.sheets.some((s) => s.print)) skipped.push("printSetup");

  try {
    await run(async (context) => {
      const facts = await readWorkbookFacts(context, supports);
      checkCanCreate(facts, description);
      queueWrites(context, description, supports);
      try {
        await context.sync();
      } catch (error) {
        await removePartialPlan(context, description).catch((cleanupError: unknown) => {
          throw new ExcelHostError(leftoverText(description), error, officeErrorCode(cleanupError) ?? officeErrorCode(error));
        });
        throw error;
      }
      if (queueFinish(context, description, facts.blankSheet, supports)) {
        try {
          await context.sync();
        } catch (error) {
          // The plan itself is complete; say what is missing instead of failing the whole creation.
          if (supports(PRINT_API) && !skipped.includes("printSetup")) skipped.push("printSetup");
          notes.push(finishFailed(officeErrorCode(error)));
        }
      }
    });
  } catch (error) {
    throw toUserError(error, "create");
  }
  return { skipped, notes };
}
