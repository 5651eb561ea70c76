/**
 * taskpane_initial_js_gzip_bytes and taskpane_first_render_ms: the production task pane, served on
 * 127.0.0.1 and opened in headless Chromium at a task pane's width. First render is the time from
 * navigation start until the frame after the pane's first heading enters the page: outside Office
 * that is the "open this page in Excel" view, after office.js (the npm copy) has loaded and answered.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { type Browser, chromium } from "playwright-core";
import { CHROMIUM_ARGS, findChromium } from "./chromium";
import { serve } from "./staticServer";
import { type InitialJs, buildTaskpane, initialJs } from "./taskpaneBuild";
import { median } from "./timing";

export interface TaskpaneResult {
  initial?: InitialJs;
  firstRenderMs?: number;
  /** Why a figure is missing. */
  problem?: string;
}

/** Runs in the page before its own scripts: notes the frame after the first heading appears. */
function watchFirstHeading(): void {
  const w = window as unknown as { __implanFirstRender?: number };
  const observer = new MutationObserver(() => {
    if (!document.querySelector("#root h1")) return;
    observer.disconnect();
    requestAnimationFrame(() => (w.__implanFirstRender = performance.now()));
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function firstRender(browser: Browser, url: string): Promise<number> {
  // A new context each time: no cache, no storage, as when Excel opens the pane the first time.
  const context = await browser.newContext({ viewport: { width: 350, height: 720 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(watchFirstHeading);
    await page.goto(url);
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    return await page.waitForFunction(() => (window as unknown as { __implanFirstRender?: number }).__implanFirstRender).then((handle) => handle.jsonValue() as Promise<number>);
  } finally {
    await context.close();
  }
}

export async function measureTaskpane(options: { runs: number }): Promise<TaskpaneResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "implan-bench-taskpane-"));
  const dist = path.join(dir, "dist");
  try {
    try {
      await buildTaskpane(dist);
    } catch (error) {
      return { problem: `production build failed: ${(error as Error).message}` };
    }
    const initial = initialJs(dist);
    const executablePath = findChromium();
    if (!executablePath) return { initial, problem: "no Chromium (install Debian's chromium or set CHROMIUM_PATH)" };
    const server = await serve(dist);
    // playwright-core starts Chromium with a fresh temporary profile (user-data-dir) of its own.
    const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
    try {
      const url = `${server.origin}/taskpane.html`;
      await firstRender(browser, url); // the browser's own first start is not the pane's cost
      const times: number[] = [];
      for (let i = 0; i < options.runs; i++) times.push(await firstRender(browser, url));
      return { initial, firstRenderMs: median(times) };
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
