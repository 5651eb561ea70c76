/**
 * The ribbon's function commands. Office runs them in the function file (commands.html) by the
 * FunctionName the manifest gives them; each must call `event.completed()` exactly once, whatever
 * happens, or Excel keeps the button busy. They work through the same PlanHost as the task pane.
 * The function file has no UI of its own, so the Validering sheet is where they report, failures
 * included.
 */
import type { Text } from "../model/types";
import type { PlanHost } from "../excel/planHost";
import { errorText } from "../taskpane/operation/errorText";
import { updatedMessages, updateRequestOf } from "./updateDates";

/** The manifest's ExecuteFunction names. */
export const COMMAND_IDS = ["validatePlan", "updateDates"] as const;
export type CommandId = (typeof COMMAND_IDS)[number];

/** The part of Office's add-in command event the commands use. */
export interface CommandEvent {
  completed(): void;
}

/** What the commands need from the workbook. */
export type CommandHost = Pick<PlanHost, "hasPlan" | "updatePlan" | "readAndValidate" | "writeValidationSheet">;

/** What the commands need from Office, so they can run against a fake in tests. */
export interface CommandEnvironment {
  /** `Office.actions.associate`. */
  associate(actionId: string, handler: (event: CommandEvent) => void): void;
  /** The workbook's PlanHost (loaded on first use). */
  host(): Promise<CommandHost>;
  /** The last resort, when even the Validering sheet could not say what went wrong. */
  reportError(commandId: CommandId, error: unknown): void;
}

/** What each command does. */
const COMMANDS: Record<CommandId, (host: CommandHost) => Promise<void>> = {
  // Validate: check the workbook and (re)write the Validering sheet, which Excel then shows.
  validatePlan: async (host) => {
    const report = await host.readAndValidate();
    await host.writeValidationSheet({ report });
  },
  // Update dates: read GoLive as the user left it, rewrite the dates from it, then validate.
  updateDates: async (host) => {
    const plan = await host.hasPlan();
    const result = await host.updatePlan(updateRequestOf(plan));
    const report = await host.readAndValidate();
    await host.writeValidationSheet({ report, messages: updatedMessages(result) });
  },
};

const FAILED: Record<CommandId, Text> = {
  validatePlan: { da: "Valideringen mislykkedes", en: "Validation failed" },
  updateDates: { da: "Datoerne blev ikke opdateret", en: "The dates were not updated" },
};

/**
 * Runs a command's work and completes the event afterwards, also when the work fails.
 * @example await runCommand(event, async () => {}) // event.completed() has been called once
 */
export async function runCommand(event: CommandEvent, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } finally {
    event.completed();
  }
}

/** A failure written where the user looks after clicking the button: the Validering sheet. */
async function report(env: CommandEnvironment, id: CommandId, error: unknown): Promise<void> {
  const why = errorText(error);
  try {
    const host = await env.host();
    await host.writeValidationSheet({ messages: [{ intent: "error", text: { da: `${FAILED[id].da}: ${why.da}`, en: `${FAILED[id].en}: ${why.en}` } }] });
  } catch (sheetError) {
    env.reportError(id, error);
    env.reportError(id, sheetError);
  }
}

/** Associates every command of the manifest with its function. */
export function registerCommands(env: CommandEnvironment): void {
  for (const id of COMMAND_IDS) {
    env.associate(id, (event) => {
      const work = async () => {
        try {
          await COMMANDS[id](await env.host());
        } catch (error) {
          await report(env, id, error);
        }
      };
      runCommand(event, work).catch((error: unknown) => env.reportError(id, error));
    });
  }
}
