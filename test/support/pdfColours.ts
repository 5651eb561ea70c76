/**
 * What LibreOffice actually paints: one sheet of a workbook exported to PDF by LibreOffice and
 * rasterised by pdftoppm, as a count of pixels per colour. Used to see conditional formats work.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { convertWithLibreOffice } from "./libreoffice";

/** Pixels per "rrggbb" colour of the printed sheet (other sheets hidden, so only it is printed). */
export async function printedColours(file: string, sheet: string): Promise<Map<string, number>> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "implan-print-"));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const target = workbook.getWorksheet(sheet);
  if (!target) throw new Error(`No sheet ${sheet}`);
  for (const ws of workbook.worksheets) if (ws !== target && ws.state === "visible") ws.state = "hidden";
  const index = workbook.worksheets.indexOf(target);
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 20000, firstSheet: index, activeTab: index, visibility: "visible" }];
  const only = path.join(dir, "sheet.xlsx");
  await workbook.xlsx.writeFile(only);
  const pdf = convertWithLibreOffice(only, dir, "pdf");
  execFileSync("pdftoppm", ["-r", "40", pdf, path.join(dir, "page")]);
  const counts = new Map<string, number>();
  for (const page of readdirSync(dir).filter((f) => f.endsWith(".ppm"))) {
    const ppm = readFileSync(path.join(dir, page));
    const [, width, height] = ppm.toString("latin1", 0, 32).split(/\s+/).map(Number);
    for (let i = ppm.length - width * height * 3; i < ppm.length; i += 3) {
      const colour = ppm.subarray(i, i + 3).toString("hex");
      counts.set(colour, (counts.get(colour) ?? 0) + 1);
    }
  }
  return counts;
}
