/**
 * The manifest promises ExcelApi 1.7 (perpetual Office 2019). Everything newer must sit in a module
 * that says which set it needs (`export const REQUIRES = "1.8"`) and be called only under
 * `supports(REQUIRES)`. How the members are found, and what that cannot see: support/apiSets.ts.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { MINIMUM_EXCEL_API } from "../../src/excel/host";
import { type Usage, apiSetMap, program, scanUsages, undeclaredNewerUses } from "./support/apiSets";
import { unguardedCalls } from "./support/guards";

const SRC = path.join(__dirname, "../../src");

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return tsFiles(full);
    return /\.tsx?$/.test(e.name) ? [full] : [];
  });
}

const excelFiles = tsFiles(path.join(SRC, "excel"));
const map = apiSetMap();
const prog = program(excelFiles);
const usages = scanUsages(prog, excelFiles, map);
/** Writes a throwaway source file outside the repository, for checks that must be able to fail. */
function withProbe(text: string, check: (file: string) => void): void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "implan-probe-"));
  const file = path.join(dir, "probe.ts");
  fs.writeFileSync(file, text);
  try {
    check(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const where = (u: Usage) => `${path.relative(SRC, u.file)}:${u.line} ${u.member} (ExcelApi ${u.version})`;

describe("the map of requirement sets read from @types/office-js", () => {
  test.each([
    ["Range.values", "1.1"],
    ["NamedItemCollection.add", "1.4"],
    ["ConditionalFormatCollection.add", "1.6"],
    ["Application.suspendApiCalculationUntilNextSync", "1.6"],
    ["Worksheet.freezePanes", "1.7"],
    ["Worksheet.tabColor", "1.7"],
    ["Range.dataValidation", "1.8"],
    ["Worksheet.pageLayout", "1.9"],
    ["Worksheet.shapes", "1.9"],
  ])("%s is ExcelApi %s", (member, version) => {
    expect(map.get(member)).toBe(version);
  });
});

describe("Office.js members used in src/excel", () => {
  test("the scan finds the members the renderer and reader use", () => {
    const members = new Set(usages.map((u) => u.member));
    for (const m of ["Range.values", "Range.formulas", "WorksheetCollection.add", "Worksheet.getUsedRangeOrNullObject", "Range.dataValidation", "DataValidationRule.list"]) {
      expect(members).toContain(m);
    }
  });

  test(`anything above ExcelApi ${MINIMUM_EXCEL_API} is in a module that declares the set it needs`, () => {
    expect(undeclaredNewerUses(prog, usages, MINIMUM_EXCEL_API).map(where)).toEqual([]);
  });

  test("the check catches a newer member used without a declaration (it can fail)", () => {
    withProbe("export const probe = (r: Excel.Range) => r.dataValidation;\n", (file) => {
      const p = program([file]);
      expect(undeclaredNewerUses(p, scanUsages(p, [file], map), MINIMUM_EXCEL_API).map((u) => u.member)).toEqual(["Range.dataValidation"]);
    });
  });

  test("no Office.js batch runs outside src/excel", () => {
    const outside = tsFiles(SRC).filter((f) => !f.startsWith(path.join(SRC, "excel")) && /\bExcel\.run\s*[(<]|\bcontext\.sync\s*\(/.test(fs.readFileSync(f, "utf8")));
    expect(outside.map((f) => path.relative(SRC, f))).toEqual([]);
  });

  test("every call into such a module is guarded by supports(REQUIRES)", () => {
    expect(unguardedCalls(prog, excelFiles)).toEqual([]);
  });

  test("the guard check catches an unguarded call and accepts a guarded one (it can fail)", () => {
    const print = path.join(SRC, "excel", "optional", "print");
    const head = `import { REQUIRES, queuePrintSetup } from ${JSON.stringify(print)};\ntype S = (v: string) => boolean;\n`;
    withProbe(`${head}export const x = (s: Excel.Worksheet, supports: S) => { void supports(REQUIRES); queuePrintSetup(s, { orientation: "portrait" }); };\n`, (file) => {
      expect(unguardedCalls(program([file]), [file])).toEqual([expect.stringMatching(/:3 queuePrintSetup\(\)$/)]);
    });
    withProbe(`${head}export const x = (s: Excel.Worksheet, supports: S) => { if (supports(REQUIRES)) queuePrintSetup(s, { orientation: "portrait" }); };\n`, (file) => {
      expect(unguardedCalls(program([file]), [file])).toEqual([]);
    });
  });
});
