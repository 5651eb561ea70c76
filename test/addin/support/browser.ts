/**
 * What the browser tests of the task pane share: Debian's Chromium (found, never downloaded; a
 * missing one fails loudly), the test build (IMPLAN_TEST_HOST=1), a static server on 127.0.0.1 and
 * a watch for anything that goes wrong on a page.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { serve, type Served } from "../../../scripts/bench/staticServer";
import { REPO_ROOT } from "./manifest";

export const ADDIN_URL = "https://addin.example.dk/implan/";
/** office.js outside Office opens this telemetry frame; offline it fails, harmlessly. */
const OFFICE_TELEMETRY_HOST = "telemetryservice.firstpartyapps.oaspapps.com";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];

/** Debian's Chromium: CHROMIUM_PATH when set, else chromium or chromium-browser on PATH. */
export function findChromium(): string {
  const advice =
    "The task pane browser test needs Chromium and does not skip. Install Debian's chromium " +
    "(apt-get install chromium) or set CHROMIUM_PATH to a Chromium binary. Do not run `npx playwright install`.";
  const configured = process.env.CHROMIUM_PATH;
  if (configured) {
    if (!existsSync(configured)) throw new Error(`CHROMIUM_PATH=${configured} does not exist. ${advice}`);
    return configured;
  }
  const found = (process.env.PATH ?? "")
    .split(delimiter)
    .filter(Boolean)
    .flatMap((dir) => [join(dir, "chromium"), join(dir, "chromium-browser")])
    .find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`Chromium is missing: no chromium or chromium-browser on PATH. ${advice}`);
  return found;
}

/** Runs the test build (IMPLAN_TEST_HOST=1) into `outDir`; resolves with webpack's output. */
export function buildInto(outDir: string, started: (child: ChildProcess) => void): Promise<string> {
  const cli = join(REPO_ROOT, "node_modules", "webpack-cli", "bin", "cli.js");
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [cli, "--mode", "production", "--output-path", outDir], {
      cwd: REPO_ROOT,
      env: { ...process.env, IMPLAN_TEST_HOST: "1", ADDIN_URL },
    });
    started(child);
    let output = "";
    child.stdout.on("data", (data: Buffer) => (output += data.toString()));
    child.stderr.on("data", (data: Buffer) => (output += data.toString()));
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0 ? resolvePromise(output) : reject(new Error(`webpack failed with exit code ${code}:\n${output}`)),
    );
  });
}

/** Everything that went wrong on a page, except office.js's expected offline telemetry failure. */
export function watchForProblems(page: Page, origin: string): string[] {
  const problems: string[] = [];
  const isOfficeTelemetry = (url: string) => {
    try {
      return new URL(url).hostname === OFFICE_TELEMETRY_HOST;
    } catch {
      return false;
    }
  };
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    if (message.text().startsWith("Failed to load resource") && isOfficeTelemetry(message.location().url)) return;
    problems.push(`console error: ${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("requestfailed", (request) => {
    if (!isOfficeTelemetry(request.url())) problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`);
  });
  page.on("response", (response) => {
    if (response.url().startsWith(origin) && response.status() >= 400) {
      problems.push(`HTTP ${response.status()}: ${response.url()}`);
    }
  });
  return problems;
}

/** Waits until every image on the page has loaded or failed, so late failures are seen. */
export async function imagesSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => Array.from(document.images).every((image) => image.complete));
}

/** Jest applies only a top-level testTimeout, so each browser test file sets its own: a build and a browser. */
export const BROWSER_TIMEOUT_MS = 180_000;

export interface BrowserSuite {
  distDir: string;
  /** A fresh temporary folder; kept after the run so the screenshots can be looked at. */
  screenshotDir: string;
  buildLog: string;
  origin: string;
  /** A page at the width of an Excel task pane, and the problems seen on it. */
  openPage(options?: { width?: number }): Promise<{ page: Page; problems: string[] }>;
}

/** Registers beforeAll/afterAll that build, serve and start Chromium once for a test file. */
export function useBrowserSuite(name: string): BrowserSuite {
  let workDir = "";
  let server: Served | undefined;
  let browser: Browser | undefined;
  let build: ChildProcess | undefined;
  /** Set once afterAll runs, so a beforeAll that overran its timeout leaves nothing behind. */
  let finished = false;
  const suite: BrowserSuite = {
    distDir: "",
    screenshotDir: "",
    buildLog: "",
    origin: "",
    async openPage(options = {}) {
      if (!browser) throw new Error("the browser did not start; see beforeAll");
      const context = await browser.newContext({ viewport: { width: options.width ?? 350, height: 720 }, reducedMotion: "reduce" });
      const page = await context.newPage();
      return { page, problems: watchForProblems(page, suite.origin) };
    },
  };
  beforeAll(async () => {
    const executablePath = findChromium();
    workDir = mkdtempSync(join(tmpdir(), `implan-${name}-build-`));
    suite.screenshotDir = mkdtempSync(join(tmpdir(), `implan-${name}-screenshots-`));
    suite.distDir = join(workDir, "dist");
    suite.buildLog = await buildInto(suite.distDir, (child) => (build = child));
    if (finished) return;
    server = await serve(suite.distDir);
    suite.origin = server.origin;
    browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
    if (finished) await browser.close();
  }, BROWSER_TIMEOUT_MS);
  afterAll(async () => {
    finished = true;
    if (build && build.exitCode === null) build.kill();
    await browser?.close();
    await server?.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });
  return suite;
}
