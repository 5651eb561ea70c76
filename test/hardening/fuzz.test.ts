/**
 * Property-based fuzzing of the reader and the validator. Whatever random edits do to a generated
 * plan (cells set to values of any type, rows moved, deleted or typed under a table, columns
 * inserted, headers renamed, tables and names removed or bent), reading, validating and sorting
 * its entries for an update end in findings that each say what and where, or in one UserError in
 * Danish and English, never in a crash. 1,000 runs at the host-neutral level (WorkbookView), and a
 * smaller number through real .xlsx files, so the ExcelJS adapter is fuzzed too.
 */
import type ExcelJS from "exceljs";
import fc from "fast-check";
import { isUserError } from "../../src/model/errors";
import { parseIsoDate } from "../../src/plan/dates";
import { storedVariant } from "../../src/plan/storedVariant";
import { mergeEntries } from "../../src/plan/update/merge";
import { validatePlan } from "../../src/plan/validation";
import { readSnapshot } from "../../src/workbook/readSnapshot";
import type { WorkbookView } from "../../src/workbook/workbookView";
import { checkXlsxArchive } from "../../src/xlsx/archiveLimits";
import { loadWorkbook, workbookView } from "../../src/xlsx/read";
import { loadXlsx } from "./support/entries";
import { type Edit, editArb, plainPlan, rawValue, toView } from "./support/fuzzView";
import { TODAY, filledPlanBytes } from "./support/plans";

const today = parseIsoDate(TODAY);
const VIEW_RUNS = Number(process.env.IMPLAN_FUZZ_RUNS ?? 1000);
const FILE_RUNS = Number(process.env.IMPLAN_FUZZ_FILE_RUNS ?? 20);

/** Reads, validates and merges; returns "error" for a UserError, else the findings. Anything else throws. */
function readAndCheck(view: () => WorkbookView): "error" | ReturnType<typeof validatePlan>["findings"] {
  try {
    const snapshot = readSnapshot(view());
    const variant = storedVariant(snapshot.variantJson, snapshot.source);
    const result = validatePlan(snapshot, { variant, today });
    mergeEntries(snapshot, { oldVariant: variant, newVariant: variant, today });
    return result.findings;
  } catch (error) {
    if (!isUserError(error)) throw error;
    expect(error.text.da.trim()).not.toBe("");
    expect(error.text.en.trim()).not.toBe("");
    return "error";
  }
}

function expectWellFormed(findings: ReturnType<typeof readAndCheck>): void {
  if (findings === "error") return;
  for (const f of findings) {
    expect(f.rule).toMatch(/^[a-z-]+$/);
    expect(["error", "warning"]).toContain(f.severity);
    expect(typeof f.sheet).toBe("string");
    expect(f.cell).not.toBe("");
    expect(f.message.da.trim()).not.toBe("");
    expect(f.message.en.trim()).not.toBe("");
  }
}

describe("fuzzing the reader and the validator", () => {
  const base = plainPlan();

  test("an unedited plan reads with no finding but overdue warnings", () => {
    const findings = readAndCheck(() => toView(structuredClone(base)));
    expect(findings !== "error" && findings.filter((f) => f.rule !== "overdue")).toEqual([]);
  });

  test(`${VIEW_RUNS} random edits of a plan's workbook view end in findings or one clear error`, () => {
    fc.assert(
      fc.property(fc.array(editArb, { minLength: 1, maxLength: 12 }), (edits: Edit[]) => {
        const plain = structuredClone(base);
        for (const edit of edits) edit(plain);
        expectWellFormed(readAndCheck(() => toView(plain)));
      }),
      { numRuns: VIEW_RUNS },
    );
  });

  test(`${FILE_RUNS} random edits of a real .xlsx, read through ExcelJS, end in findings or one clear error`, async () => {
    const bytes = await filledPlanBytes();
    const fileEdit = fc.record({
      sheet: fc.nat(),
      row: fc.integer({ min: 1, max: 40 }),
      column: fc.integer({ min: 1, max: 12 }),
      value: fc.oneof(rawValue.map((v) => (v !== null && typeof v === "object" ? { error: v.error || "#N/A" } : v)), fc.date({ noInvalidDate: true }), fc.string().map((t) => ({ richText: [{ text: t }] }))),
      splice: fc.constantFrom("none", "deleteRow", "insertRow", "insertColumn"),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(fileEdit, { minLength: 1, maxLength: 8 }), async (edits) => {
        const workbook = await loadXlsx(bytes);
        for (const { sheet, row, column, value, splice } of edits) {
          const ws = workbook.worksheets[sheet % workbook.worksheets.length];
          if (splice === "deleteRow") ws.spliceRows(row, 1);
          else if (splice === "insertRow") ws.spliceRows(row, 0, []);
          else if (splice === "insertColumn") ws.spliceColumns(column, 0, []);
          else ws.getCell(row, column).value = value as ExcelJS.CellValue;
        }
        const edited = new Uint8Array(await workbook.xlsx.writeBuffer());
        let view: WorkbookView | undefined;
        try {
          await checkXlsxArchive(edited, { name: "fuzz.xlsx" });
          view = workbookView(await loadWorkbook(edited, "fuzz.xlsx"), "fuzz.xlsx");
        } catch (error) {
          if (!isUserError(error)) throw error;
        }
        if (view) expectWellFormed(readAndCheck(() => view as WorkbookView));
      }),
      { numRuns: FILE_RUNS },
    );
  });
});
