/** Cell writes: shape checks, Excel's typed-input rules, reading back, formats and merges. */
import { batch, codeOf, fake } from "./support";

const write = (address: string, values: unknown[][], excel = fake(), via: "values" | "formulas" = "values") =>
  batch(async (context) => {
    const range = context.workbook.worksheets.getItem("Ark1").getRange(address);
    range[via] = values;
    await context.sync();
  }, excel);

test("a 2-D array must have the range's shape (InvalidArgument at the sync)", async () => {
  expect(await codeOf(write("A1:B2", [["a", "b"]]))).toBe("InvalidArgument");
  expect(await codeOf(write("A1:B2", [["a"], ["b"]]))).toBe("InvalidArgument");
  const excel = fake();
  await write("A1:B2", [["a", "b"], ["c", "d"]], excel);
  expect(excel.inspect.cell("Ark1", "B2")?.value).toBe("d");
});

describe("text is stored the way Excel stores typed input", () => {
  const cases: { input: unknown; value: unknown; formula?: string; quotePrefix?: boolean }[] = [
    { input: "=1+1", value: null, formula: "=1+1" },
    { input: "'=1+1", value: "=1+1", quotePrefix: true },
    { input: "+cmd", value: null, formula: "=+cmd" },
    { input: "-2+3", value: null, formula: "=-2+3" },
    { input: "@SUM(1)", value: null, formula: "=SUM(1)" },
    { input: "-5", value: -5 },
    { input: "0751", value: 751 },
    { input: "12%", value: 0.12 },
    { input: "true", value: true },
    { input: "2027-03-01", value: 46447 },
    { input: "plain text", value: "plain text" },
    { input: 3.5, value: 3.5 },
  ];
  test.each(cases)("$input", async ({ input, value, formula, quotePrefix }) => {
    for (const via of ["values", "formulas"] as const) {
      const excel = fake();
      await write("A1", [[input]], excel, via);
      expect(excel.inspect.cell("Ark1", "A1")).toMatchObject({ value, formula, quotePrefix: quotePrefix ?? false });
    }
  });

  test("a cell formatted as Text keeps the string", async () => {
    const excel = fake();
    await batch(async (context) => {
      const range = context.workbook.worksheets.getItem("Ark1").getRange("A1");
      range.numberFormat = [["@"]];
      range.values = [["=1+1"]];
      await context.sync();
    }, excel);
    expect(excel.inspect.cell("Ark1", "A1")).toMatchObject({ value: "=1+1", formula: undefined });
  });

  test("null leaves a cell alone and an empty string clears it", async () => {
    const excel = fake();
    await write("A1:B1", [["a", "b"]], excel);
    await write("A1:B1", [[null, ""]], excel);
    expect([excel.inspect.cell("Ark1", "A1")?.value, excel.inspect.cell("Ark1", "B1")?.value]).toEqual(["a", null]);
  });
});

test("reads values (formula results), formulas (text as itself) and value types", async () => {
  const excel = fake({ evaluate: () => 42 });
  await write("A1:C1", [["=GoLive", "'=x", 7]], excel);
  await batch(async (context) => {
    const range = context.workbook.worksheets.getItem("Ark1").getRange("A1:D1").load("values,formulas,valueTypes,address");
    await context.sync();
    expect(range.values).toEqual([[42, "=x", 7, ""]]);
    expect(range.formulas).toEqual([["=GoLive", "=x", 7, ""]]);
    expect(range.valueTypes).toEqual([["Double", "String", "Double", "Empty"]]);
    expect(range.address).toBe("Ark1!A1:D1");
  }, excel);
});

test("number formats need the range's shape too", async () => {
  expect(
    await codeOf(
      batch(async (context) => {
        context.workbook.worksheets.getItem("Ark1").getRange("A1:A3").numberFormat = [["0"]];
        await context.sync();
      }),
    ),
  ).toBe("InvalidArgument");
});

test("formats are stored per cell; colours must be #RRGGBB", async () => {
  const excel = fake();
  await batch(async (context) => {
    const format = context.workbook.worksheets.getItem("Ark1").getRange("A1:B1").format;
    format.font.bold = true;
    format.fill.color = "#fff9e6";
    format.horizontalAlignment = "Left";
    format.columnWidth = 47.25;
    await context.sync();
  }, excel);
  expect(excel.inspect.cell("Ark1", "B1")?.format).toEqual({ bold: true, fill: "#FFF9E6", horizontal: "Left" });
  expect(excel.inspect.columnWidths("Ark1")).toEqual({ A: 47.25, B: 47.25 });
  expect(
    await codeOf(
      batch(async (context) => {
        context.workbook.worksheets.getItem("Ark1").getRange("A1").format.fill.color = "FFF9E6";
        await context.sync();
      }),
    ),
  ).toBe("InvalidArgument");
});

test("merging keeps only the top-left value, and is refused inside a table", async () => {
  const excel = fake();
  await write("A1:C1", [["keep", "lost", "lost"]], excel);
  await batch(async (context) => {
    context.workbook.worksheets.getItem("Ark1").getRange("A1:C1").merge(false);
    await context.sync();
  }, excel);
  expect(excel.inspect.merges("Ark1")).toEqual(["A1:C1"]);
  expect(excel.inspect.cells("Ark1").map((c) => c.value)).toEqual(["keep"]);
  const code = await codeOf(
    batch(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Ark1");
      sheet.tables.add("A5:B6", true);
      sheet.getRange("A6:B6").merge(false);
      await context.sync();
    }, excel),
  );
  expect(code).toBe("InvalidOperation");
});
