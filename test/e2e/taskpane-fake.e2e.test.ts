/**
 * The production-built pane on the fake Excel host, in Chromium at a task pane's width: the test
 * build's taskpane-fake.html runs the real adapter (createExcelPlanHost) on test/fakes' strict
 * fake, so this walks the main path as a project leader would: create a plan, validate it, choose
 * a finding and land on its cell, see a live check, write the Validering sheet. Screenshots go to
 * a fresh temporary folder (printed). Needs Chromium; fails, never skips, without it.
 */
import { join } from "node:path";
import type { Page } from "playwright-core";
import { BROWSER_TIMEOUT_MS, useBrowserSuite } from "../addin/support/browser";

jest.setTimeout(BROWSER_TIMEOUT_MS);

const PRJ = "Projektstyring og -ledelse";

describe("task pane on the fake Excel host in Chromium", () => {
  const suite = useBrowserSuite("taskpane-fake");

  async function shot(page: Page, name: string): Promise<void> {
    // Fluent's motions (an accordion opening) run as Web Animations; the page's height is final after them.
    await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== "running"));
    const path = join(suite.screenshotDir, name);
    await page.screenshot({ path, fullPage: true });
    console.log(`Screenshot: ${path}`);
  }

  async function fillIn(page: Page, municipality: RegExp, query: string): Promise<void> {
    const combobox = page.getByRole("combobox", { name: municipality });
    await combobox.click();
    await combobox.pressSequentially(query);
    await page.getByRole("option", { name: /Aarhus/ }).click();
  }

  it("creates a plan, validates it, takes the user to a finding's cell and writes the Validering sheet", async () => {
    const { page, problems } = await suite.openPage();
    await page.goto(`${suite.origin}/taskpane-fake.html`);
    await page.getByRole("heading", { level: 2, name: "Opret plan" }).waitFor();
    await fillIn(page, /Kommune/, "århus");
    await page.getByRole("textbox", { name: /Løsning/ }).fill("SAPA");
    await page.getByRole("spinbutton", { name: /Udrulningsbølge/ }).fill("1");
    await page.getByLabel(/^Go-live/).fill("2027-03-01");
    await page.getByText("01-06-2026 – 31-08-2026").waitFor();
    await shot(page, "1-opret-plan.png");

    await page.getByRole("button", { name: "Opret plan" }).click();
    await page.getByText("Planen for Aarhus er oprettet med go-live 01-03-2027.").waitFor();
    await page.getByRole("heading", { level: 2, name: "Opdater plan" }).waitFor();
    expect(await page.evaluate(() => window.implanFake.sheets())).toContain(PRJ);
    await shot(page, "2-plan-oprettet.png");

    // The project leader types a status that is not one of the model's values.
    await page.evaluate((sheet) => window.implanFake.typeInto(sheet, "H5", "Færdig"), PRJ);
    await page.getByRole("tab", { name: "Valider" }).click();
    await page.getByRole("button", { name: "Valider nu" }).click();
    const finding = page.getByRole("button", { name: /H5 · PRJ-01/ });
    await finding.waitFor();
    await page.getByRole("region", { name: "Faseovergange" }).getByText("Ikke klar").first().waitFor();
    await shot(page, "3-valideret.png");

    await finding.click();
    await page.waitForFunction((sheet) => window.implanFake.selection()?.sheet === sheet, PRJ);
    expect(await page.evaluate(() => window.implanFake.selection())).toEqual({ sheet: PRJ, address: "H5" });
    expect(await page.evaluate(() => window.implanFake.activeSheet())).toBe(PRJ);

    // Live checking: the next edit is checked on its own and its row is marked.
    await page.evaluate((sheet) => window.implanFake.typeInto(sheet, "H6", "Snart"), PRJ);
    await page.getByText(/^Løbende kontrol: 1 ændret række/).waitFor();
    await page.getByRole("button", { name: /H6 · PRJ-02/ }).getByText("Ændret").waitFor();
    await shot(page, "4-loebende-kontrol.png");

    await page.getByRole("button", { name: "Skriv Validering-ark" }).click();
    await page.getByText('Arket "Validering" er skrevet og vist.').waitFor();
    expect(await page.evaluate(() => window.implanFake.activeSheet())).toBe("Validering");

    await page.getByRole("tab", { name: "Modellen" }).click();
    await page.getByRole("button", { name: "Fase 1 Opstart" }).click();
    await page.getByText("Succeskriterier (4)").waitFor();
    await shot(page, "5-modellen.png");
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it("speaks English in Office's dark theme and shows a deviation the model requires", async () => {
    const { page, problems } = await suite.openPage();
    await page.goto(`${suite.origin}/taskpane-fake.html?lang=en&theme=dark`);
    await page.getByRole("heading", { level: 2, name: "Create plan" }).waitFor();
    await fillIn(page, /Municipality/, "0751");
    await page.getByLabel(/^Go-live/).fill("2027-03-01");
    await page.getByRole("switch", { name: "Another start for Phase 1 Initiation" }).click();
    await page.getByRole("spinbutton", { name: "Phase 1 Initiation: amount" }).fill("10");
    await page.getByText(/Outside the model's range/).waitFor();
    await page.getByRole("button", { name: "Create plan" }).click();
    await page.getByText("Describe the departure from the model.").waitFor();
    await shot(page, "6-english-dark-deviation.png");
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
