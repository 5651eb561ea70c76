/**
 * `npm run render:preview [-- OUT_DIR]`: PNG pictures of Forside, Overblik and Tidslinje as
 * LibreOffice prints them, so anyone can look at the workbook without opening it. Generates a demo
 * plan (Aarhus, go-live 2027-03-01) with some statuses filled in so Overblik is not all zeros,
 * prints each sheet alone to PDF with headless LibreOffice, turns the pages into PNGs with
 * `pdftoppm`, writes them to OUT_DIR (default preview/) and copies Overblik to docs/images/ for the
 * README. Needs LibreOffice (libreoffice-calc-nogui) and poppler-utils.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, renameSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { writePlanFile } from "../src/cli/planFile";
import { parseVariant, resolveMunicipality } from "../src/model";
import { parseIsoDate } from "../src/plan/dates";
import { frontSheetName } from "../src/workbook/front";
import { overviewSheetName } from "../src/workbook/overview";
import { timelineSheetName } from "../src/workbook/timeline";
import { assessmentLabel, statusLabel } from "../src/workbook/values";
import { convertWithLibreOffice } from "../test/support/libreoffice";

const GO_LIVE = "2027-03-01";
const README_IMAGE = path.join("docs", "images", "overblik.png");
const RESOLUTION = "60";

/** A plausible state a few months before go-live: Fase 1 nearly done, Fase 2 under way. */
function demoStatus(id: string, phase: string, index: number): string {
  if (phase.startsWith("Fase 1")) return statusLabel(id === "SIK-02" ? "i-gang" : "fuldfoert", "da");
  if (phase.startsWith("Fase 2")) return statusLabel((["fuldfoert", "i-gang", "ikke-startet", "i-gang", "fuldfoert", "ikke-startet"] as const)[index % 6], "da");
  return statusLabel("ikke-startet", "da");
}

/** Fills Status in every task table and marks Fase 1's success criteria as met. */
function fillDemo(workbook: ExcelJS.Workbook): void {
  let index = 0;
  workbook.eachSheet((ws) => {
    let columns: Record<string, number> | undefined;
    ws.eachRow((row) => {
      const values = (row.values as unknown[]).map((v) => (typeof v === "string" ? v : ""));
      if (!columns) {
        if (values.includes("ID") && (values.includes("Status") || values.includes("Vurdering")) && (values.includes("Fase") || values.includes("Succeskriterie"))) {
          columns = Object.fromEntries(values.map((v, i) => [v, i]).filter(([v]) => v));
        }
        return;
      }
      const id = row.getCell(columns["ID"]).value;
      if (typeof id !== "string" || !id) return;
      if (columns["Status"]) row.getCell(columns["Status"]).value = demoStatus(id, String(row.getCell(columns["Fase"]).value), index++);
      if (columns["Vurdering"] && id.startsWith("F1-")) row.getCell(columns["Vurdering"]).value = assessmentLabel("opfyldt", "da");
    });
  });
}

/** A copy of the plan in which only `sheet` is visible, so LibreOffice prints only its pages. */
async function onlySheet(plan: string, sheet: string, out: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(plan);
  workbook.worksheets.forEach((ws, i) => {
    if (ws.name === sheet) {
      ws.state = "visible";
      workbook.views = [{ activeTab: i, firstSheet: i, visibility: "visible", x: 0, y: 0, width: 20000, height: 12000 }];
    } else if (ws.state === "visible") {
      ws.state = "hidden";
    }
  });
  await workbook.xlsx.writeFile(out);
}

/** PDF pages → NAME.png (first page) and NAME-2.png, … in `outDir`. */
function pdfToPngs(pdf: string, outDir: string, name: string): string[] {
  const work = mkdtempSync(path.join(os.tmpdir(), "implan-png-"));
  execFileSync("pdftoppm", ["-png", "-r", RESOLUTION, pdf, path.join(work, "page")], { stdio: "pipe" });
  const pages = readdirSync(work).filter((f) => f.endsWith(".png")).sort();
  return pages.map((page, i) => {
    const target = path.join(outDir, i === 0 ? `${name}.png` : `${name}-${i + 1}.png`);
    renameSync(path.join(work, page), target);
    return target;
  });
}

async function main(): Promise<void> {
  const outDir = path.resolve(process.argv[2] ?? "preview");
  mkdirSync(outDir, { recursive: true });
  const work = mkdtempSync(path.join(os.tmpdir(), "implan-preview-"));
  const generated = path.join(work, "generated.xlsx");
  await writePlanFile({ goLive: parseIsoDate(GO_LIVE), lang: "da", variant: parseVariant({}), municipality: resolveMunicipality("Aarhus"), solution: "SAPA", wave: 1 }, generated);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(generated);
  fillDemo(workbook);
  const plan = path.join(outDir, "plan-aarhus.xlsx");
  await workbook.xlsx.writeFile(plan);

  const written: string[] = [plan];
  const sheets: [string, string][] = [
    ["forside", frontSheetName("da")],
    ["overblik", overviewSheetName("da")],
    ["tidslinje", timelineSheetName("da")],
  ];
  for (const [file, sheet] of sheets) {
    const copy = path.join(work, `${file}.xlsx`);
    await onlySheet(plan, sheet, copy);
    const pdf = convertWithLibreOffice(copy, work, "pdf");
    written.push(...pdfToPngs(pdf, outDir, file));
  }
  mkdirSync(path.dirname(README_IMAGE), { recursive: true });
  copyFileSync(path.join(outDir, "overblik.png"), README_IMAGE);
  written.push(path.resolve(README_IMAGE));
  console.log(`Wrote:\n${written.map((f) => `  ${f}`).join("\n")}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
