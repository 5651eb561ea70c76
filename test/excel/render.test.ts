/** Creating a plan in the open workbook: what it refuses, what it keeps, and how it fails. */
import { PLAN_EXISTS, renderDescription } from "../../src/excel";
import { isUserError } from "../../src/model/errors";
import { FakeExcel } from "../fakes/host";
import { allSupported, plan } from "./support/plans";

const upTo = (version: string) => (v: string) => Number(v.split(".")[1]) <= Number(version.split(".")[1]);
const description = plan();
const planSheets = description.sheets.map((s) => s.name);

async function failure(promise: Promise<unknown>): Promise<Error & { text?: { da: string; en: string }; code?: string }> {
  try {
    await promise;
  } catch (error) {
    expect(isUserError(error)).toBe(true);
    return error as Error;
  }
  throw new Error("expected a failure");
}

describe("a new plan in a blank workbook", () => {
  let excel: FakeExcel;
  beforeAll(async () => {
    excel = new FakeExcel();
    expect(await renderDescription(excel.run, description, { supports: allSupported })).toEqual({ skipped: [], notes: [] });
  });

  test("replaces the lone blank start sheet with the plan's sheets, in order", () => {
    expect(excel.inspect.sheets().map((s) => s.name)).toEqual(planSheets);
  });

  test("shows the front sheet and hides the lists and metadata as described", () => {
    expect(excel.inspect.activeSheet()).toBe(planSheets[0]);
    expect(excel.inspect.sheets().map((s) => s.visibility)).toEqual(description.sheets.map((s) => ({ visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" })[s.visibility]));
  });
});

describe("a workbook that is not blank", () => {
  test("keeps a start sheet with content and adds the plan after it", async () => {
    const excel = new FakeExcel();
    excel.typeInto("Ark1", "A1", "mine");
    await renderDescription(excel.run, description, { supports: allSupported });
    expect(excel.inspect.sheets().map((s) => s.name)).toEqual(["Ark1", ...planSheets]);
    expect(excel.inspect.cell("Ark1", "A1")?.value).toBe("mine");
  });

  test("keeps a start sheet with a chart", async () => {
    const excel = new FakeExcel();
    excel.workbook.sheets[0].charts.push("Diagram 1");
    await renderDescription(excel.run, description, { supports: allSupported });
    expect(excel.inspect.sheets()[0].name).toBe("Ark1");
  });

  test("keeps a blank start sheet when Excel cannot say whether it holds pictures (before ExcelApi 1.9)", async () => {
    const excel = new FakeExcel({ apiVersion: "1.8" });
    await renderDescription(excel.run, description, { supports: upTo("1.8") });
    expect(excel.inspect.sheets()[0].name).toBe("Ark1");
  });

  test("refuses to create a second plan, in Danish, and changes nothing", async () => {
    const excel = new FakeExcel();
    await renderDescription(excel.run, description, { supports: allSupported });
    const before = excel.inspect.sheets();
    excel.resetStats();
    const error = await failure(renderDescription(excel.run, description, { supports: allSupported }));
    expect(error.message).toBe(PLAN_EXISTS.da);
    expect(error.message).toBe('Projektmappen har allerede en plan. Brug "Opdater plan" for at flytte datoer uden at miste indtastninger.');
    expect(excel.inspect.sheets()).toEqual(before);
    expect(excel.stats().roundTrips).toBe(1);
  });

  test("refuses when the user already has a sheet with a plan sheet's name", async () => {
    const excel = new FakeExcel();
    excel.addSheet(planSheets[3]);
    const error = await failure(renderDescription(excel.run, description, { supports: allSupported }));
    expect(error.text?.da).toContain(`"${planSheets[3]}"`);
    expect(excel.inspect.sheets().map((s) => s.name)).toEqual(["Ark1", planSheets[3]]);
  });

  test("refuses when a table or name the plan needs is taken (one namespace in Excel)", async () => {
    const excel = new FakeExcel();
    excel.workbook.names.push({ name: "FaseListe", sheet: excel.workbook.sheets[0], rect: { r1: 1, c1: 1, r2: 1, c2: 1 }, visible: true });
    const error = await failure(renderDescription(excel.run, description, { supports: allSupported }));
    expect(error.text?.da).toContain('"FaseListe"');
  });
});

describe("an Excel with only ExcelApi 1.7 (Office 2019)", () => {
  test("gets the plan without drop-downs and print setup, and is told so", async () => {
    const excel = new FakeExcel({ apiVersion: "1.7" });
    const result = await renderDescription(excel.run, description, { supports: upTo("1.7") });
    expect(result.skipped).toEqual(["listValidation", "printSetup"]);
    expect(excel.inspect.validations()).toEqual([]);
    expect(excel.inspect.tables().length).toBeGreaterThan(10);
  });

  test("fails with advice to update Excel if a newer member were used anyway", async () => {
    const excel = new FakeExcel({ apiVersion: "1.7" });
    const error = await failure(renderDescription(excel.run, description, { supports: allSupported }));
    expect(error.code).toBe("ApiNotFound");
    expect(error.text?.da).toMatch(/Opdater Excel/);
    expect(excel.inspect.sheets().map((s) => s.name)).toEqual(["Ark1"]);
  });
});

describe("when Excel fails", () => {
  test("a failed write is cleaned up again, and the user is told to retry", async () => {
    const excel = new FakeExcel();
    excel.failSync(2, { code: "GeneralException", message: "boom", afterActions: 400 });
    const error = await failure(renderDescription(excel.run, description, { supports: allSupported }));
    expect(error.code).toBe("GeneralException");
    expect(error.text?.da).toMatch(/Prøv igen/);
    expect(excel.inspect.sheets().map((s) => s.name)).toEqual(["Ark1"]);
    expect(excel.inspect.names()).toEqual([]);
    expect(excel.inspect.tables()).toEqual([]);
    expect(excel.stats().roundTrips).toBe(3);
  });

  test("if the clean-up fails too, the user learns which sheets to delete", async () => {
    const excel = new FakeExcel();
    excel.failSync(2, { code: "GeneralException", message: "boom", afterActions: 400 });
    excel.failSync(3, { code: "GeneralException", message: "again" });
    const error = await failure(renderDescription(excel.run, description, { supports: allSupported }));
    expect(error.text?.da).toMatch(/delvist oprettet/);
    expect(error.text?.da).toContain(`"${planSheets[0]}"`);
  });

  test("a failed finishing step keeps the plan and says what is missing", async () => {
    const excel = new FakeExcel();
    excel.failSync(3, { code: "InvalidArgument", message: "zoom" });
    const result = await renderDescription(excel.run, description, { supports: allSupported });
    expect(result.skipped).toEqual(["printSetup"]);
    expect(result.notes).toEqual([expect.objectContaining({ da: expect.stringMatching(/^Planen er oprettet.*\(InvalidArgument\)/) })]);
    expect(excel.inspect.sheets().map((s) => s.name)).toContain(planSheets[0]);
  });

  test.each([
    ["InvalidOperationInCellEditMode", /Tryk Enter eller Esc/],
    ["AccessDenied", /beskyttet/],
    ["RequestPayloadSizeLimitExceeded", /for stor/],
    ["Timeout", /Vent et øjeblik/],
  ])("%s becomes a Danish sentence that says what to do", async (code, advice) => {
    const excel = new FakeExcel();
    excel.failSync(1, { code, message: "x" });
    const error = await failure(renderDescription(excel.run, description, { supports: allSupported }));
    expect(error.message).toMatch(advice);
    expect(error.text?.en.length).toBeGreaterThan(20);
    expect(error.code).toBe(code);
  });
});
