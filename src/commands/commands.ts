/** Entry of commands.html, the function file of the ribbon buttons. */
import { registerCommands } from "./actions";

void Office.onReady(() => {
  registerCommands({
    associate: (actionId, handler) => Office.actions.associate(actionId, handler),
    showTaskpane: async () => {
      // Office.addin needs a shared runtime; without one (ExcelApi 1.7 hosts) the button only completes.
      if (Office.context.requirements.isSetSupported("SharedRuntime", "1.1")) {
        await Office.addin.showAsTaskpane();
      }
    },
    reportError: (commandId, error) => {
      console.error(`Implementeringsplan: the command ${commandId} failed`, error);
    },
  });
});
