/** Entry of commands.html, the function file of the ribbon buttons. */
import type { PlanHost } from "../excel/planHost";
import { registerCommands } from "./actions";

let host: Promise<PlanHost> | undefined;

/** The Excel adapter, loaded when a button is first used (the function file stays small to start). */
function excelHost(): Promise<PlanHost> {
  host ??= Promise.all([import("../excel/excelPlanHost"), import("../excel/host")]).then(
    ([{ createExcelPlanHost }, { officeRun, officeSupports }]) => createExcelPlanHost(officeRun, officeSupports),
    (error: unknown) => {
      host = undefined;
      throw error;
    },
  );
  return host;
}

void Office.onReady(() => {
  registerCommands({
    associate: (actionId, handler) => Office.actions.associate(actionId, handler),
    host: excelHost,
    reportError: (commandId, error) => {
      // Reached only when the Validering sheet could not be written either (see actions.ts).
      console.error(`Implementeringsplan: the command ${commandId} failed`, error);
    },
  });
});
