/**
 * "Opdater plan" in the open workbook. When only go-live and the front-sheet fields change, every
 * date follows the GoLive cell and the phase-start formulas, so moving the plan means writing those
 * few cells (and the stored variant) in one sync: entries are never rewritten and the user's own
 * formatting of the plan sheets stays. Whenever that would leave the plan incomplete (new phase
 * starts, a go-live the holiday list or the timeline does not reach, a plan missing its names or a
 * municipality, or leftovers of an interrupted re-plan), the whole plan is re-planned instead, as
 * `implan update` does (replan.ts): every entry kept, at most four syncs.
 */
import { findMunicipality } from "../model";
import { isUserError } from "../model/errors";
import type { Text, Variant } from "../model/types";
import { serializeVariant } from "../model/variant-serialize";
import { parseIsoDate, todayCivil } from "../plan/dates";
import { type PhaseWindow, phaseWindows } from "../plan/phases";
import type { PlanSnapshot } from "../plan/snapshot";
import { storedVariant } from "../plan/storedVariant";
import { frontFields } from "../plan/update/frontFields";
import { readGoLive } from "../plan/validation/goLive";
import { readSnapshot } from "../workbook/readSnapshot";
import { hostInput, needsFormulas } from "./cellInput";
import { asUserErrors } from "./errors";
import { asPaneErrors } from "./excelPlanHostErrors";
import { updateNotes } from "./excelPlanHostNotes";
import { WORKBOOK_SOURCE, phaseDates, variantOf } from "./excelPlanHostRequest";
import { type CellWrite, type UpdateFields, updateWrites } from "./excelPlanHostWrites";
import type { ExcelRun, Supports } from "./host";
import type { PlanRequest, Progress, UpdateResult } from "./planHost";
import { type OpenWorkbookView, readPlanView } from "./readView";
import { replanFromView } from "./replan";
import { replanError } from "./replanErrors";
import { isTemporarySheet } from "./replanNames";
import { withoutLeftovers } from "./replanLeftovers";

const STEPS = {
  read: { da: "Læser planen …", en: "Reading the plan …" },
  write: { da: "Flytter datoerne …", en: "Moving the dates …" },
} satisfies Record<string, Text>;

export interface UpdateOptions {
  supports: Supports;
  progress?: Progress;
  /** The day of the update, written on rows a re-plan moves to Arkiv; today by default. */
  today?: Date;
}

function queueWrites(context: Excel.RequestContext, writes: CellWrite[]): void {
  context.workbook.application.suspendApiCalculationUntilNextSync();
  for (const write of writes) {
    const range = context.workbook.worksheets.getItem(write.sheet).getRange(write.address);
    const input = [[hostInput(write.value)]];
    if (needsFormulas([[write.value]])) range.formulas = input;
    else range.values = input;
  }
}

const sameVariant = (a: Variant, b: Variant) => JSON.stringify(serializeVariant(a)) === JSON.stringify(serializeVariant(b));

/** The cells that move the plan in place, or undefined when only a re-plan gives the complete plan. */
function inPlaceWrites(view: OpenWorkbookView, snapshot: PlanSnapshot, fields: UpdateFields, oldVariant: Variant, windows: PhaseWindow[]): CellWrite[] | undefined {
  const hasMunicipality = frontFields(snapshot).municipality !== undefined;
  if (view.sheets.some((s) => isTemporarySheet(s.name)) || !sameVariant(fields.variant, oldVariant) || (fields.municipality && !hasMunicipality)) return undefined;
  let moved: ReturnType<typeof updateWrites>;
  try {
    moved = updateWrites(view, snapshot, fields);
  } catch (error) {
    // A plan without its GoLive name or metadata cannot be moved in place; a re-plan writes them again.
    if (isUserError(error)) return undefined;
    throw error;
  }
  const oldGoLive = readGoLive(snapshot).date;
  const gaps = updateNotes({ view, windows, variant: fields.variant, before: oldGoLive && { goLive: oldGoLive, variant: oldVariant } });
  return moved.notes.length === 0 && gaps.length === 0 ? moved.writes : undefined;
}

export async function updateOpenPlan(run: ExcelRun, request: PlanRequest, options: UpdateOptions): Promise<UpdateResult> {
  const { progress } = options;
  progress?.(STEPS.read);
  const view = await readPlanView(run).catch((error: unknown) => {
    throw replanError("read", error);
  });
  const snapshot = await asUserErrors("read", async () => readSnapshot(withoutLeftovers(view)));
  const oldVariant = storedVariant(snapshot.variantJson, WORKBOOK_SOURCE);
  const variant = variantOf(request, oldVariant);
  const goLive = parseIsoDate(request.goLive);
  // Throws the plan layer's UserError when the phases would fall out of order, before any write.
  const windows = phaseWindows(goLive, variant);
  const municipality = findMunicipality(request.municipalityCode);
  const fields: UpdateFields = { goLive, variant, solution: request.solution, wave: request.wave, municipality };
  const writes = inPlaceWrites(view, snapshot, fields, oldVariant, windows);
  if (!writes) {
    const front = { municipality: frontFields(snapshot).municipality ?? municipality, solution: request.solution.trim() || undefined, wave: request.wave };
    const result = await replanFromView(run, view, { goLive, variant, front }, { supports: options.supports, today: options.today ?? todayCivil(), progress });
    return { goLive: request.goLive, windows: phaseDates(result.windows), notes: result.notes };
  }
  progress?.(STEPS.write);
  await asPaneErrors("update", () =>
    run(async (context) => {
      queueWrites(context, writes);
      await context.sync();
    }),
  );
  return { goLive: request.goLive, windows: phaseDates(windows), notes: [] };
}
