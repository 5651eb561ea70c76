/**
 * The plan as LibreOffice prints it: every page A4 landscape with the municipality, the sheet and
 * the page number in the footer, and Forside, Overblik and Tidslinje each on one page, first.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { writePlanFile } from "../../src/cli/planFile";
import { buildPlanWorkbook } from "../../src/workbook/build";
import { convertWithLibreOffice } from "../support/libreoffice";
import { planInput } from "../visual/support/plans";

// Jest applies only a top-level testTimeout; a LibreOffice run on a busy machine can take a while.
jest.setTimeout(180_000);

/** A4 landscape in PDF points, as pdfinfo prints it. */
const A4_LANDSCAPE = /^84[12](\.\d+)? x 595(\.\d+)? pts \(A4\)/;

function pdfPages(pdf: string): { size: string; text: string }[] {
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", "999", pdf], { encoding: "utf8" });
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+(.*)$/gm)].map((m) => m[1]);
  return sizes.map((size, i) => ({ size, text: execFileSync("pdftotext", ["-layout", "-f", String(i + 1), "-l", String(i + 1), pdf, "-"], { encoding: "utf8" }) }));
}

describe("the printed plan", () => {
  test("prints every visible sheet on A4 landscape with a footer, the visual sheets one page each and first", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "implan-e2e-print-"));
    const input = planInput("2027-03-01");
    const file = path.join(dir, "plan.xlsx");
    await writePlanFile(input, file);
    const pages = pdfPages(convertWithLibreOffice(file, dir, "pdf"));
    const visible = buildPlanWorkbook(input).sheets.filter((s) => s.visibility === "visible").map((s) => s.name);

    // The footer's last line: municipality, sheet name, "Side n af m".
    const footers = pages.map((page) => page.text.trim().split("\n").pop()!.trim());
    const sheetOf = (footer: string) => visible.find((name) => new RegExp(`^Aarhus\\s+${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s+Side \\d+ af \\d+$`).test(footer));
    for (const [i, page] of pages.entries()) {
      expect([i + 1, page.size]).toEqual([i + 1, expect.stringMatching(A4_LANDSCAPE)]);
      expect([i + 1, footers[i], sheetOf(footers[i])]).toEqual([i + 1, footers[i], expect.any(String)]);
    }
    const sheetPerPage = footers.map(sheetOf);
    expect(sheetPerPage.slice(0, 4)).toEqual(["Forside", "Overblik", "Tidslinje", visible[3]]);
    expect(new Set(sheetPerPage)).toEqual(new Set(visible));
  });
});
