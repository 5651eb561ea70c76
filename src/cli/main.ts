/**
 * The `implan` command. A user's mistake (a bad date, an unknown municipality, a file that cannot
 * be written) ends in one clear sentence and exit code 2; anything else is a bug and shows its stack.
 */
import { Command, CommanderError } from "commander";
import { isUserError } from "../model/errors";
import { generateCommand } from "./generate";
import { langFromArgv } from "./lang";
import { modelCommand } from "./modelCommand";
import { rollupCommand } from "./rollup";
import { updateCommand } from "./update";
import { validateCommand } from "./validate";

export function buildProgram(): Command {
  const program = new Command("implan")
    .description("Implementeringsplan: planning workbooks for KOMBIT's implementation model")
    .showHelpAfterError()
    .exitOverride();
  for (const command of [generateCommand(), validateCommand(), updateCommand(), modelCommand(), rollupCommand()]) {
    program.addCommand(command.exitOverride().showHelpAfterError());
  }
  return program;
}

/** Runs the CLI and returns its exit code instead of exiting, so tests can call it in-process. */
export async function runCli(argv: string[]): Promise<number> {
  process.exitCode = undefined;
  try {
    await buildProgram().parseAsync(argv, { from: "user" });
    return Number(process.exitCode ?? 0);
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    if (isUserError(error)) {
      console.error(error.in(langFromArgv(argv)));
      return 2;
    }
    throw error;
  } finally {
    process.exitCode = undefined;
  }
}

if (require.main === module) {
  runCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(3);
    },
  );
}
