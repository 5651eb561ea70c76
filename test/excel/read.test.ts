/** Reading the open workbook for validation: one sync, the same snapshot as the file reader. */
import ExcelJS from "exceljs";
import { MAX_SHEETS, readPlanSnapshot, readPlanView, renderDescription } from "../../src/excel";
import { isUserError } from "../../src/model/errors";
import { renderXlsx } from "../../src/xlsx/render";
import { readPlanWorkbook } from "../../src/xlsx/read";
import { FakeExcel } from "../fakes/host";
import { cachedResults } from "./support/evaluate";
import { allSupported, localTasks, plan } from "./support/plans";

async function rendered(description = plan()) {
  const excel = new FakeExcel({ evaluate: cachedResults(description) });
  await renderDescription(excel.run, description, { supports: allSupported });
  excel.resetStats();
  return excel;
}

/** Empty text and no value are the same to every rule; hosts differ in which they report. */
function normalised(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_k, v) => (v === "" ? null : v)));
}

test("the Office.js reader and the file reader give the same snapshot of the same plan", async () => {
  const description = plan({ variant: { localTasks: localTasks(9) } });
  const excel = await rendered(description);
  const fromExcel = await readPlanSnapshot(excel.run);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await renderXlsx(description)) as unknown as ArrayBuffer);
  const fromFile = readPlanWorkbook(workbook, "workbook");
  expect(fromExcel.tasks).toHaveLength(43);
  expect(normalised(fromExcel)).toEqual(normalised(fromFile));
});

test("reads what the user typed, and sees a date typed over a formula as a plain date", async () => {
  const description = plan();
  const excel = await rendered(description);
  const sheet = description.sheets.find((s) => s.key === "theme:PRJ")?.name ?? "";
  excel.typeInto(sheet, "H5", "Fuldført");
  excel.typeInto(sheet, "G5", 46500);
  excel.typeInto(sheet, "J5", "'=ikke en formel");
  const snapshot = await readPlanSnapshot(excel.run);
  const row = snapshot.tasks.find((t) => t.sheet === sheet && t.row === 5);
  expect(row?.cells.status?.value).toBe("Fuldført");
  expect(row?.cells.deadline).toEqual({ address: "G5", value: 46500, numberFormat: "dd-mm-yyyy" });
  expect(row?.cells.note).toEqual({ address: "J5", value: "=ikke en formel" });
});

test("an error value reads as { error }", async () => {
  const description = plan();
  const excel = new FakeExcel({ evaluate: (formula) => (formula.startsWith("=IFERROR") ? "#N/A" : 0) });
  await renderDescription(excel.run, description, { supports: allSupported });
  const view = await readPlanView(excel.run);
  const task = view.sheets.flatMap((s) => s.tables).find((t) => t.name === "Opgaver_PRJ");
  expect(task?.rows[0][5]).toMatchObject({ value: { error: "#N/A" }, formula: expect.stringMatching(/^IFERROR/) });
});

test("a table the user renamed is still read, at the cost of one more sync", async () => {
  const excel = await rendered();
  excel.workbook.tables.find((t) => t.name === "Opgaver_PRJ")!.name = "Mine_opgaver";
  const view = await readPlanView(excel.run);
  expect(excel.stats().roundTrips).toBe(2);
  expect(view.sheets.flatMap((s) => s.tables.map((t) => t.name))).toContain("Mine_opgaver");
  expect((await readPlanSnapshot(excel.run)).tasks).toHaveLength(34);
});

test("names point at their sheet and range", async () => {
  const excel = await rendered();
  const view = await readPlanView(excel.run);
  expect(view.names.find((n) => n.name === "GoLive")).toEqual({ name: "GoLive", sheet: plan().sheets[0].name, range: "$B$8" });
});

test(`more than ${MAX_SHEETS} sheets is a clear error, not a partial read`, async () => {
  const excel = new FakeExcel();
  for (let i = 0; i < MAX_SHEETS; i++) excel.addSheet(`Ark${i + 2}`);
  const error = await readPlanView(excel.run).catch((e: unknown) => e);
  expect(isUserError(error)).toBe(true);
  expect((error as Error).message).toMatch(/over 100 ark/);
});

test("a workbook without a plan says so", async () => {
  const excel = new FakeExcel();
  const error = await readPlanSnapshot(excel.run).catch((e: unknown) => e);
  expect(isUserError(error)).toBe(true);
  expect((error as Error).message).toMatch(/ikke en implementeringsplan/);
});

test("an Excel failure while reading becomes a UserError with the Office code", async () => {
  const excel = await rendered();
  excel.failSync(1, { code: "GeneralException", message: "x" });
  const error = await readPlanView(excel.run).catch((e: unknown) => e);
  expect(isUserError(error)).toBe(true);
  expect(error).toMatchObject({ code: "GeneralException", message: expect.stringMatching(/læse planen/) });
});
