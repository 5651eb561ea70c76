/**
 * The Udrulning view of the production-built pane on the fake Excel host, in Chromium at a task
 * pane's width: a consultant picks three returned plans (made here with the project's builder and
 * ExcelJS) and a broken file, sees each file's result, writes the status into the workbook (the
 * fake host gets the Status table and a PivotTable), then makes the plans of a wave as one .zip.
 * Spreadsheet code loads only once files are read. Screenshots go to a fresh temporary folder
 * (printed). Needs Chromium; fails, never skips, without it.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import type { Page } from "playwright-core";
import { planBytes } from "../addin/support/planFiles";
import { BROWSER_TIMEOUT_MS, useBrowserSuite } from "../addin/support/browser";

jest.setTimeout(BROWSER_TIMEOUT_MS);

describe("the Udrulning view on the fake Excel host in Chromium", () => {
  const suite = useBrowserSuite("taskpane-rollout");
  const files: string[] = [];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), "implan-rollout-files-"));
    const plans = [
      { name: "implementeringsplan-0751-aarhus.xlsx", municipality: "Aarhus", wave: 1 },
      { name: "implementeringsplan-0851-aalborg.xlsx", municipality: "Aalborg", wave: 1 },
      { name: "implementeringsplan-0461-odense.xlsx", municipality: "Odense", wave: 2, goLive: "2027-09-01" },
    ];
    for (const plan of plans) {
      writeFileSync(join(dir, plan.name), await planBytes(plan.municipality, plan));
      files.push(join(dir, plan.name));
    }
    writeFileSync(join(dir, "noter.xlsx"), "Dette er ikke et regneark");
    files.push(join(dir, "noter.xlsx"));
  }, BROWSER_TIMEOUT_MS);

  async function shot(page: Page, name: string): Promise<void> {
    await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== "running"));
    const path = join(suite.screenshotDir, name);
    await page.screenshot({ path, fullPage: true });
    console.log(`Screenshot: ${path}`);
  }

  it("reads returned plans, shows each file's result, writes the status and makes a wave's plans", async () => {
    const { page, problems } = await suite.openPage();
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${suite.origin}/taskpane-fake.html`);
    await page.getByRole("tab", { name: "Udrulning" }).click();
    await page.getByRole("heading", { level: 2, name: "Udrulning" }).waitFor();
    const beforeReading = scripts.length;
    await page.getByLabel(/Vælg planer/).setInputFiles(files);
    await page.getByText("4 filer valgt.").waitFor();
    await shot(page, "1-filer-valgt.png");

    await page.getByRole("button", { name: "Læs 4 filer" }).click();
    const table = page.getByRole("table", { name: "Resultat pr. fil" });
    await table.waitFor();
    // The spreadsheet chunk came only now, for reading the files.
    expect(scripts.slice(0, beforeReading).some((path) => path.includes("rollout-xlsx"))).toBe(false);
    expect(scripts.slice(beforeReading).some((path) => path.includes("rollout-xlsx"))).toBe(true);
    const cells = await table.getByRole("row").evaluateAll((rows) => rows.slice(1).map((row) => [...row.querySelectorAll("td")].map((cell) => cell.textContent)));
    expect(cells.map(([who]) => who?.replace(/\.xlsx.*$/, ""))).toEqual([
      "AarhusLæstimplementeringsplan-0751-aarhus",
      "AalborgLæstimplementeringsplan-0851-aalborg",
      "OdenseLæstimplementeringsplan-0461-odense",
      "Ukendt kommuneKan ikke læsesnoter",
    ]);
    expect(cells[3].slice(1)).toEqual(["1", "0"]);
    await page.getByText("4 filer: 3 læst, 1 kan ikke læses.").waitFor();
    await shot(page, "2-resultat-pr-fil.png");

    await page.getByRole("button", { name: "Skriv status i projektmappen" }).click();
    await page.getByText(/^Udrulningsstatus er skrevet: Overblik, Kommuner, Status, Kriterier, Filer, Fund, Udrulning, Pivot\./).waitFor();
    const tables = await page.evaluate(() => window.implanFake.tables());
    expect(tables.find((t) => t.name === "Status")).toMatchObject({ sheet: "Status", address: `A1:L${3 * 34 + 1}` });
    expect(await page.evaluate(() => window.implanFake.pivots())).toEqual([{ name: "Udrulningspivot", sheet: "Pivot", source: "Status", rows: ["Bølge"], columns: ["Fase", "Status"] }]);
    expect(await page.evaluate(() => window.implanFake.activeSheet())).toBe("Overblik");
    await shot(page, "3-status-skrevet.png");

    await page.getByRole("button", { name: "Læs udrulningen" }).click();
    const wave = page.getByRole("combobox", { name: "Bølge" });
    await wave.waitFor();
    await wave.selectOption({ label: "Bølge 1 · 2 kommuner · 01-03-2027" });
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Generér planer (.zip)" }).click();
    const zipFile = await (await download).path();
    await page.getByText("2 planer er lavet og hentet som implementeringsplaner-boelge-1.zip.").waitFor();
    const zip = await JSZip.loadAsync(readFileSync(zipFile));
    expect(Object.keys(zip.files).sort()).toEqual(["implementeringsplan-0751-aarhus.xlsx", "implementeringsplan-0851-aalborg.xlsx"]);
    await shot(page, "4-planer-for-boelge.png");

    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("speaks English in Office's dark theme, and the picker is reached by keyboard", async () => {
    const { page, problems } = await suite.openPage();
    await page.goto(`${suite.origin}/taskpane-fake.html?lang=en&theme=dark`);
    await page.getByRole("tab", { name: "Rollout" }).click();
    await page.getByRole("heading", { level: 2, name: "Rollout" }).waitFor();
    await page.getByRole("tab", { name: "Rollout" }).focus();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe("file");
    await page.getByLabel(/Choose plans/).setInputFiles(files.slice(2));
    await page.getByRole("button", { name: "Read 2 files" }).click();
    await page.getByText("2 files: 1 read, 1 unreadable.").waitFor();
    await shot(page, "5-english-dark.png");
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
