/**
 * The task pane's production build (the test variant, which serves the npm copy of office.js so the
 * page works offline) into a folder, and the gzipped size of the JavaScript taskpane.html loads
 * before its first render: its own script tags. Chunks the page imports later (the workbook
 * adapter, the views) are not counted, nor is office.js, which production loads from Microsoft's CDN.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const ROOT = path.resolve(__dirname, "..", "..");
const OFFICE_JS = /^office-js\//;

/** Runs webpack's CLI in production mode; rejects with the end of its log when it fails. */
export function buildTaskpane(outDir: string): Promise<void> {
  const cli = path.join(ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, "--mode", "production", "--output-path", outDir], { cwd: ROOT, env: { ...process.env, IMPLAN_TEST_HOST: "1" } });
    let log = "";
    child.stdout.on("data", (data: Buffer) => (log += data.toString()));
    child.stderr.on("data", (data: Buffer) => (log += data.toString()));
    child.on("error", fail);
    child.on("close", (code) => {
      if (code === 0) return done();
      const error = /ERROR in [^\n]*\n[^\n]*/.exec(log)?.[0] ?? log.slice(-400);
      fail(new Error(`webpack exited with ${code}: ${error.replace(/\s+/g, " ").trim()}`));
    });
  });
}

export interface InitialJs {
  /** Script files of taskpane.html, office.js left out, in page order. */
  files: string[];
  gzipBytes: number;
}

const gzipSize = (file: string) => zlib.gzipSync(readFileSync(file), { level: 9 }).length;

export function initialJs(distDir: string): InitialJs {
  const html = readFileSync(path.join(distDir, "taskpane.html"), "utf8");
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)"?[^>]*>/g)].map((m) => decodeURI(m[1]).replace(/^\.?\//, ""));
  const files = sources.filter((src) => !OFFICE_JS.test(src));
  return { files, gzipBytes: files.reduce((sum, file) => sum + gzipSize(path.join(distDir, file)), 0) };
}
