/**
 * Runs `implan` in a child process (Node with tsx, as `npm run implan` does), for what cannot be
 * seen in-process: its peak memory, its wall time, and what a kill mid-way leaves behind.
 */
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../../..");
const MAIN = path.join(ROOT, "src/cli/main.ts");
const RSS_REPORT = path.join(__dirname, "rssReport.ts");

export interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  /** stderr without the memory report. */
  stderr: string;
  /** Peak resident memory of the whole process, in MB. */
  peakRssMb: number;
  seconds: number;
}

/** Starts `implan ...argv`; the caller may kill it. */
export function startImplan(argv: string[]): { child: ChildProcess; done: Promise<ChildResult> } {
  const started = Date.now();
  const child = spawn(process.execPath, ["--import", "tsx", "--import", RSS_REPORT, MAIN, ...argv], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  const done = new Promise<ChildResult>((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code, signal) => {
      const rss = /\nIMPLAN_MAX_RSS_KB=(\d+)\n/.exec(stderr);
      resolve({
        code,
        signal,
        stdout,
        stderr: stderr.replace(/\nIMPLAN_MAX_RSS_KB=\d+\n/, ""),
        peakRssMb: rss ? Number(rss[1]) / 1024 : NaN,
        seconds: (Date.now() - started) / 1000,
      });
    });
  });
  return { child, done };
}

export function runImplan(...argv: string[]): Promise<ChildResult> {
  return startImplan(argv).done;
}
