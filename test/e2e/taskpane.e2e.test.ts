/**
 * The built task pane in a real browser: a production build that loads the npm copy of office.js
 * (so it runs offline), served over http on 127.0.0.1 and opened in Debian's Chromium at the width
 * of an Excel task pane. Needs Chromium; fails, never skips, without it.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ADDIN_URL, BROWSER_TIMEOUT_MS, imagesSettled, useBrowserSuite } from "../addin/support/browser";
import { manifestUrls, pathUnder } from "../addin/support/manifest";
import { parseXml } from "../addin/support/xml";

jest.setTimeout(BROWSER_TIMEOUT_MS);

/**
 * A stand-in for office.js that says the page runs in Excel on the web, in English and a dark theme,
 * with an empty workbook: Excel.run offers just what the pane asks first (is there a plan?).
 */
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
};
window.Excel = {
  run: function (batch) {
    var missing = function () { return { load: function () {}, isNullObject: true }; };
    return batch({
      workbook: { names: { getItemOrNullObject: missing }, tables: { getItemOrNullObject: missing } },
      sync: function () { return Promise.resolve(); }
    });
  }
};`;

describe("task pane in Chromium", () => {
  const suite = useBrowserSuite("taskpane");

  it("keeps the pane's initial JavaScript within budget and prints its size", () => {
    const line = /taskpane: initial JS ([\d.]+) KB, ([\d.]+) KB gzipped/.exec(suite.buildLog);
    expect(line).not.toBeNull();
    console.log(`Task pane JS before first render (office.js not counted): ${line?.[1]} KB, ${line?.[2]} KB gzipped`);
    expect(Number(line?.[2])).toBeLessThanOrEqual(200);
  });

  it("writes a manifest whose URLs all point at ADDIN_URL and at files the build made", () => {
    const manifest = readFileSync(join(suite.distDir, "manifest.xml"), "utf8");
    expect(manifest).not.toContain("localhost");
    const missing = manifestUrls(parseXml(manifest))
      .map(({ url }) => ({ url, path: pathUnder(ADDIN_URL, url) }))
      .filter(({ path }) => path === null || !existsSync(join(suite.distDir, path)));
    expect(missing).toEqual([]);
  });

  it.each(["taskpane.html", "commands.html"])(
    "%s loads office.js from the build, has no inline script and a CSP without eval",
    (page) => {
      const html = readFileSync(join(suite.distDir, page), "utf8");
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

  it("keeps the fake Excel page out of the production pages", () => {
    const taskpane = readFileSync(join(suite.distDir, "taskpane.html"), "utf8");
    expect(taskpane).not.toMatch(/taskpane-fake/);
  });

  it("outside Office, says to open the page in Excel, with no errors", async () => {
    const { page, problems } = await suite.openPage();
    await page.goto(`${suite.origin}/taskpane.html`);
    await page.getByRole("heading", { level: 1, name: "Åbn denne side i Excel" }).waitFor();
    await imagesSettled(page);
    const screenshot = join(suite.screenshotDir, "taskpane-outside-office.png");
    await page.screenshot({ path: screenshot, fullPage: true });
    console.log(`Screenshot: ${screenshot}`);
    expect(await page.getByRole("tablist").count()).toBe(0);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("in Excel (office.js stand-in), shows the views, loads them lazily and follows Office's language and theme", async () => {
    const { page, problems } = await suite.openPage();
    await page.route("**/office-js/office.js", (route) => route.fulfill({ contentType: "text/javascript", body: FAKE_EXCEL_OFFICE_JS }));
    await page.goto(`${suite.origin}/taskpane.html`);
    await page.getByRole("heading", { level: 1, name: "Implementeringsplan" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Create plan" }).waitFor();
    await page.getByRole("combobox", { name: /Municipality/ }).waitFor();
    await page.getByText("Excel on the web · ExcelApi 1.12").waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    await page.getByRole("tab", { name: "The model" }).click();
    await page.getByRole("heading", { level: 2, name: "The model" }).waitFor();
    await imagesSettled(page);
    const screenshot = join(suite.screenshotDir, "taskpane-in-excel-dark.png");
    await page.screenshot({ path: screenshot, fullPage: true });
    console.log(`Screenshot: ${screenshot}`);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("loads the ribbon's function file with no errors", async () => {
    const { page, problems } = await suite.openPage();
    await page.goto(`${suite.origin}/commands.html`);
    const info = await page.evaluate(() => Office.onReady());
    expect(info.host).toBeNull();
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
