/** Runs the CLI in-process without its console output, which would otherwise flood the bench's. */
import { runCli } from "../../src/cli/main";

/**
 * `implan …args` in this process; resolves with the exit code. Codes above `maxCode` mean the command
 * could not do its job, so the measurement would be of the wrong thing: that throws.
 */
export async function implanQuietly(args: string[], maxCode = 0): Promise<number> {
  const { log, error } = console;
  const said: string[] = [];
  console.log = () => undefined;
  console.error = (...parts: unknown[]) => void said.push(parts.join(" "));
  try {
    const code = await runCli(args);
    if (code > maxCode) throw new Error(`implan ${args[0]} exited with ${code}: ${said.slice(0, 5).join("\n")}`);
    return code;
  } finally {
    console.log = log;
    console.error = error;
  }
}
