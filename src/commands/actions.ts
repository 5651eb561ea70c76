/**
 * The ribbon's function commands. Office runs them in the function file (commands.html) by the
 * FunctionName the manifest gives them; each must call `event.completed()` exactly once, whatever
 * happens, or Excel keeps the button busy.
 */

/** The manifest's ExecuteFunction names. */
export const COMMAND_IDS = ["validatePlan", "updateDates"] as const;
export type CommandId = (typeof COMMAND_IDS)[number];

/** The part of Office's add-in command event the commands use. */
export interface CommandEvent {
  completed(): void;
}

/** What the commands need from Office, so they can run against a fake in tests. */
export interface CommandEnvironment {
  /** `Office.actions.associate`. */
  associate(actionId: string, handler: (event: CommandEvent) => void): void;
  /** Opens the task pane where Excel allows a command to (SharedRuntime 1.1); otherwise does nothing. */
  showTaskpane(): Promise<void>;
  /** Tells about a command that failed; the function file has no UI of its own. */
  reportError(commandId: CommandId, error: unknown): void;
}

/** What each command does. Both open the pane for now, where validation and dates live. */
const COMMANDS: Record<CommandId, (env: CommandEnvironment) => Promise<void>> = {
  validatePlan: (env) => env.showTaskpane(),
  updateDates: (env) => env.showTaskpane(),
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

/** Associates every command of the manifest with its function. */
export function registerCommands(env: CommandEnvironment): void {
  for (const id of COMMAND_IDS) {
    env.associate(id, (event) => {
      runCommand(event, () => COMMANDS[id](env)).catch((error: unknown) => env.reportError(id, error));
    });
  }
}
