/** Counting syncs and payload, and failing on demand like Excel does. */
import { batch, codeOf, fake } from "./support";

test("counts the code's sync calls and the round trips that carried something", async () => {
  const excel = fake();
  await batch(async (context) => {
    await context.sync(); // nothing queued: no round trip
    context.workbook.worksheets.add("A");
    await context.sync();
  }, excel);
  expect(excel.stats()).toMatchObject({ syncCalls: 2, roundTrips: 1 });
});

test("like Excel.run, sends what is still queued when the batch ends, without a sync call", async () => {
  const excel = fake();
  await batch(async (context) => {
    context.workbook.worksheets.add("A");
  }, excel);
  expect(excel.stats()).toMatchObject({ syncCalls: 0, roundTrips: 1 });
  expect(excel.inspect.sheets().map((s) => s.name)).toEqual(["Ark1", "A"]);
});

test("measures each request by the JSON size of its actions and values, with max and total", async () => {
  const excel = fake();
  const big = Array.from({ length: 100 }, (_, i) => [`row ${i} ${"x".repeat(100)}`]);
  await batch(async (context) => {
    context.workbook.worksheets.getItem("Ark1").getRange("A1").values = [["small"]];
    await context.sync();
    context.workbook.worksheets.getItem("Ark1").getRange("A1:A100").values = big;
    await context.sync();
  }, excel);
  const [small, large] = excel.stats().syncs;
  expect(large.requestBytes).toBeGreaterThan(JSON.stringify(big).length);
  expect(small.requestBytes).toBeLessThan(300);
  expect(excel.stats().maxRequestBytes).toBe(large.requestBytes);
  expect(excel.stats().totalRequestBytes).toBe(small.requestBytes + large.requestBytes);
});

test("measures what the loads bring back", async () => {
  const excel = fake();
  excel.typeInto("Ark1", "A1", "y".repeat(1000));
  await batch(async (context) => {
    context.workbook.worksheets.getItem("Ark1").getRange("A1").load("values");
    await context.sync();
  }, excel);
  expect(excel.stats().maxResponseBytes).toBeGreaterThan(1000);
});

test("records where a batch suspended calculation and where it first wrote cells", async () => {
  const excel = fake();
  await batch(async (context) => {
    context.workbook.worksheets.getItem("Ark1").getRange("A1").values = [[1]];
    context.workbook.application.suspendApiCalculationUntilNextSync();
    await context.sync();
  }, excel);
  expect(excel.stats().syncs[0]).toMatchObject({ suspendedCalculationAt: 1, firstCellWriteAt: 0 });
});

describe("injected faults", () => {
  test("make the nth round trip reject with the given Office code", async () => {
    const excel = fake();
    excel.failSync(2, { code: "GeneralException", message: "boom" });
    const code = await codeOf(
      batch(async (context) => {
        context.workbook.worksheets.add("A");
        await context.sync();
        context.workbook.worksheets.add("B");
        await context.sync();
      }, excel),
    );
    expect(code).toBe("GeneralException");
    expect(excel.inspect.sheets().map((s) => s.name)).toEqual(["Ark1", "A"]);
  });

  test("can let part of the batch happen first, as Excel keeps what it did", async () => {
    const excel = fake();
    excel.failSync(1, { code: "GeneralException", message: "boom", afterActions: 1 });
    await codeOf(
      batch(async (context) => {
        context.workbook.worksheets.add("A");
        context.workbook.worksheets.add("B");
        await context.sync();
      }, excel),
    );
    expect(excel.inspect.sheets().map((s) => s.name)).toEqual(["Ark1", "A"]);
  });

  test("leave the loads of the failed sync unreadable", async () => {
    const excel = fake();
    excel.failSync(1, { code: "GeneralException", message: "boom" });
    let sheet: Excel.Worksheet | undefined;
    await codeOf(
      batch(async (context) => {
        sheet = context.workbook.worksheets.getItem("Ark1").load("name");
        await context.sync();
      }, excel),
    );
    expect(() => sheet?.name).toThrow(/not available/);
  });
});
