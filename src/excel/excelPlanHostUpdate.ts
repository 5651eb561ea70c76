/**
 * "Opdater plan" in the open workbook: every date hangs on the GoLive cell and the phase-start
 * formulas, so moving the plan means writing those few cells (and the stored variant) in one sync.
 * Entries are never read back and rewritten, so none can be lost; a failed sync leaves the cells it
 * did not reach as they were, and running the update again finishes it (every write is absolute).
 */
import { findMunicipality } from "../model";
import type { Text } from "../model/types";
import { parseIsoDate } from "../plan/dates";
import { phaseWindows } from "../plan/phases";
import { storedVariant } from "../plan/storedVariant";
import { readGoLive } from "../plan/validation/goLive";
import { readSnapshot } from "../workbook/readSnapshot";
import { hostInput, needsFormulas } from "./cellInput";
import { asUserErrors } from "./errors";
import { asPaneErrors } from "./excelPlanHostErrors";
import { updateNotes } from "./excelPlanHostNotes";
import { WORKBOOK_SOURCE, phaseDates, variantOf } from "./excelPlanHostRequest";
import { type CellWrite, updateWrites } from "./excelPlanHostWrites";
import type { ExcelRun } from "./host";
import type { PlanRequest, Progress, UpdateResult } from "./planHost";
import { readPlanView } from "./readView";

const STEPS = {
  read: { da: "Læser planen …", en: "Reading the plan …" },
  write: { da: "Flytter datoerne …", en: "Moving the dates …" },
} satisfies Record<string, Text>;

function queueWrites(context: Excel.RequestContext, writes: CellWrite[]): void {
  context.workbook.application.suspendApiCalculationUntilNextSync();
  for (const write of writes) {
    const range = context.workbook.worksheets.getItem(write.sheet).getRange(write.address);
    const input = [[hostInput(write.value)]];
    if (needsFormulas([[write.value]])) range.formulas = input;
    else range.values = input;
  }
}

export async function updateOpenPlan(run: ExcelRun, request: PlanRequest, progress?: Progress): Promise<UpdateResult> {
  progress?.(STEPS.read);
  const view = await readPlanView(run);
  const snapshot = await asUserErrors("read", async () => readSnapshot(view));
  const oldVariant = storedVariant(snapshot.variantJson, WORKBOOK_SOURCE);
  const variant = variantOf(request, oldVariant);
  const goLive = parseIsoDate(request.goLive);
  // Throws the plan layer's UserError when the phases would fall out of order.
  const windows = phaseWindows(goLive, variant);
  const { writes, notes } = updateWrites(view, snapshot, {
    goLive,
    variant,
    solution: request.solution,
    wave: request.wave,
    municipality: findMunicipality(request.municipalityCode),
  });
  const oldGoLive = readGoLive(snapshot).date;
  notes.push(...updateNotes({ view, windows, variant, before: oldGoLive && { goLive: oldGoLive, variant: oldVariant } }));
  progress?.(STEPS.write);
  await asPaneErrors("update", () =>
    run(async (context) => {
      queueWrites(context, writes);
      await context.sync();
    }),
  );
  return { goLive: request.goLive, windows: phaseDates(windows), notes };
}
