/**
 * The built task pane in a real browser: a production build that loads the npm copy of office.js
 * (so it runs offline), served over http on 127.0.0.1 and opened in Debian's Chromium at the width
 * of an Excel task pane. Needs Chromium; fails, never skips, without it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { delimiter, extname, join, resolve, sep } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { REPO_ROOT, manifestUrls, pathUnder } from "../addin/support/manifest";
import { parseXml } from "../addin/support/xml";

const ADDIN_URL = "https://addin.example.dk/implan/";
/** office.js outside Office opens this telemetry frame; offline it fails, harmlessly. */
const OFFICE_TELEMETRY_HOST = "telemetryservice.firstpartyapps.oaspapps.com";
const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
  "--disable-sync",
];

/** Debian's Chromium: CHROMIUM_PATH when set, else chromium or chromium-browser on PATH. */
function findChromium(): string {
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

/** Jest applies only a top-level testTimeout, so this file sets its own: a build and a browser. */
const TIMEOUT_MS = 180_000;
jest.setTimeout(TIMEOUT_MS);

/** Runs the test build (IMPLAN_TEST_HOST=1) into `outDir`; resolves with webpack's output. */
function buildInto(outDir: string, started: (child: ChildProcess) => void): Promise<string> {
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

const CONTENT_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

/** A static file server for `root` on an ephemeral 127.0.0.1 port. */
function serve(root: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? "/", "http://127.0.0.1").pathname);
    const file = resolve(root, `.${pathname}`);
    if (!file.startsWith(root + sep) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": CONTENT_TYPES[extname(file)] ?? "application/octet-stream" });
    response.end(readFileSync(file));
  });
  return new Promise((resolvePromise, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolvePromise({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}

/** Everything that went wrong on a page, except office.js's expected offline telemetry failure. */
function watchForProblems(page: Page, origin: string): string[] {
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
async function imagesSettled(page: Page): Promise<void> {
  await page.waitForFunction(() => Array.from(document.images).every((image) => image.complete));
}

/** A stand-in for office.js that says the page runs in Excel on the web. */
const FAKE_EXCEL_OFFICE_JS = `
window.Office = {
  HostType: { Excel: "Excel" },
  onReady: function () { return Promise.resolve({ host: "Excel", platform: "OfficeOnline" }); },
  context: {
    displayLanguage: "en-US",
    officeTheme: { isDarkTheme: true, bodyBackgroundColor: "#262626" },
    requirements: {
      isSetSupported: function (name, version) { return name === "ExcelApi" && Number(String(version).split(".")[1]) <= 12; }
    }
  }
};`;

describe("task pane in Chromium", () => {
  let workDir: string;
  let distDir: string;
  let screenshotDir: string;
  let buildLog: string;
  let server: Server | undefined;
  let origin: string;
  let browser: Browser | undefined;
  let build: ChildProcess | undefined;
  /** Set once afterAll runs, so a beforeAll that overran its timeout leaves nothing behind. */
  let finished = false;

  beforeAll(async () => {
    const executablePath = findChromium();
    workDir = mkdtempSync(join(tmpdir(), "implan-taskpane-build-"));
    screenshotDir = mkdtempSync(join(tmpdir(), "implan-taskpane-screenshots-"));
    distDir = join(workDir, "dist");
    buildLog = await buildInto(distDir, (child) => (build = child));
    if (finished) return;
    ({ server, origin } = await serve(distDir));
    browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
    if (finished) await browser.close();
  });

  afterAll(async () => {
    finished = true;
    if (build && build.exitCode === null) build.kill();
    await browser?.close();
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  async function openPage(): Promise<{ page: Page; problems: string[] }> {
    const context = await (browser as Browser).newContext({ viewport: { width: 350, height: 720 }, reducedMotion: "reduce" });
    const page = await context.newPage();
    return { page, problems: watchForProblems(page, origin) };
  }

  it("keeps the pane's initial JavaScript within budget and prints its size", () => {
    const line = /taskpane: initial JS ([\d.]+) KB, ([\d.]+) KB gzipped/.exec(buildLog);
    expect(line).not.toBeNull();
    console.log(`Task pane JS before first render (office.js not counted): ${line?.[1]} KB, ${line?.[2]} KB gzipped`);
    expect(Number(line?.[2])).toBeLessThanOrEqual(200);
  });

  it("writes a manifest whose URLs all point at ADDIN_URL and at files the build made", () => {
    const manifest = readFileSync(join(distDir, "manifest.xml"), "utf8");
    expect(manifest).not.toContain("localhost");
    const missing = manifestUrls(parseXml(manifest))
      .map(({ url }) => ({ url, path: pathUnder(ADDIN_URL, url) }))
      .filter(({ path }) => path === null || !existsSync(join(distDir, path)));
    expect(missing).toEqual([]);
  });

  it.each(["taskpane.html", "commands.html"])(
    "%s loads office.js from the build, has no inline script and a CSP without eval",
    (page) => {
      const html = readFileSync(join(distDir, page), "utf8");
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
      expect(scripts.length).toBeGreaterThanOrEqual(2);
      expect(scripts.filter(([, attributes, body]) => !/\bsrc=/.test(attributes) || body.trim() !== "")).toEqual([]);
      expect(scripts[0][1]).toMatch(/src="?office-js\/office\.js/);
      expect(html).not.toContain("appsforoffice.microsoft.com");
      const csp = /http-equiv="?Content-Security-Policy"? content="([^"]*)"/.exec(html)?.[1] ?? "";
      expect(csp).toMatch(/script-src 'self';/);
      expect(csp).not.toMatch(/unsafe-eval|unsafe-inline/);
    },
  );

  it("outside Office, says to open the page in Excel, with no errors", async () => {
    const { page, problems } = await openPage();
    await page.goto(`${origin}/taskpane.html`);
    await page.getByRole("heading", { level: 1, name: "Åbn denne side i Excel" }).waitFor();
    await imagesSettled(page);
    const screenshot = join(screenshotDir, "taskpane-outside-office.png");
    await page.screenshot({ path: screenshot, fullPage: true });
    console.log(`Screenshot: ${screenshot}`);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("in Excel (office.js stand-in), shows the views, loads them lazily and follows Office's language and theme", async () => {
    const { page, problems } = await openPage();
    await page.route("**/office-js/office.js", (route) =>
      route.fulfill({ contentType: "text/javascript", body: FAKE_EXCEL_OFFICE_JS }),
    );
    await page.goto(`${origin}/taskpane.html`);
    await page.getByRole("heading", { level: 1, name: "Implementeringsplan" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Create plan" }).waitFor();
    await page.getByText("Excel on the web · ExcelApi 1.12").waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await page.getByRole("tab", { name: "The model" }).click();
    await page.getByRole("heading", { level: 2, name: "The model" }).waitFor();
    await imagesSettled(page);
    const screenshot = join(screenshotDir, "taskpane-in-excel-dark.png");
    await page.screenshot({ path: screenshot, fullPage: true });
    console.log(`Screenshot: ${screenshot}`);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("loads the ribbon's function file with no errors", async () => {
    const { page, problems } = await openPage();
    await page.goto(`${origin}/commands.html`);
    const info = await page.evaluate(() => Office.onReady());
    expect(info.host).toBeNull();
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
