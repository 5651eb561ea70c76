/**
 * A `PlanHost` whose workbook code loads on first use. The adapter pulls in the workbook builder,
 * the reader and the validation rules; loading it lazily keeps them out of the pane's first render
 * (see the bundle budget in webpack.config.js). `describe` needs no workbook, so it answers at once.
 */
import type { PlanHost } from "./host";

export function createLazyPlanHost(describe: PlanHost["describe"], load: () => Promise<PlanHost>): PlanHost {
  let loading: Promise<PlanHost> | undefined;
  const host = (): Promise<PlanHost> => {
    // A chunk that failed to load (network) is tried again on the next call instead of failing forever.
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
  return {
    describe,
    hasPlan: () => host().then((h) => h.hasPlan()),
    createPlan: (request, progress) => host().then((h) => h.createPlan(request, progress)),
    updatePlan: (request, progress) => host().then((h) => h.updatePlan(request, progress)),
    readAndValidate: (options, progress) => host().then((h) => h.readAndValidate(options, progress)),
    selectCell: (sheet, address) => host().then((h) => h.selectCell(sheet, address)),
    writeValidationSheet: (input, progress) => host().then((h) => h.writeValidationSheet(input, progress)),
    watchChanges: (onChange) => host().then((h) => h.watchChanges(onChange)),
    readRollout: () => host().then((h) => h.readRollout()),
    writeRollup: (description, progress) => host().then((h) => h.writeRollup(description, progress)),
  };
}
