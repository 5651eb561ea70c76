/** Sheets, tables, names, validations, conditional formats, panes and print setup. */
import { batch, codeOf, fake } from "./support";

const run = (body: (context: Excel.RequestContext) => void, excel = fake()) =>
  batch(async (context) => {
    body(context);
    await context.sync();
  }, excel);

describe("sheets", () => {
  test.each([
    ["a name in use, in any case", (c: Excel.RequestContext) => c.workbook.worksheets.add("ARK1"), "ItemAlreadyExists"],
    ["an illegal name", (c: Excel.RequestContext) => c.workbook.worksheets.add("a/b"), "InvalidArgument"],
    ["a name over 31 characters", (c: Excel.RequestContext) => c.workbook.worksheets.add("x".repeat(32)), "InvalidArgument"],
    ["deleting the last visible sheet", (c: Excel.RequestContext) => c.workbook.worksheets.getItem("Ark1").delete(), "InvalidOperation"],
    ["hiding the last visible sheet", (c: Excel.RequestContext) => (c.workbook.worksheets.getItem("Ark1").visibility = "Hidden"), "InvalidOperation"],
    ["activating a hidden sheet", (c: Excel.RequestContext) => {
      const s = c.workbook.worksheets.add("H");
      s.visibility = "Hidden";
      s.activate();
    }, "InvalidOperation"],
    ["a tab colour without #", (c: Excel.RequestContext) => (c.workbook.worksheets.getItem("Ark1").tabColor = "2E75B6"), "InvalidArgument"],
  ])("refuses %s", async (_title, body, code) => {
    expect(await codeOf(run(body))).toBe(code);
  });

  test("adds at the end without activating, moves, colours, hides and freezes", async () => {
    const excel = fake();
    await run((c) => {
      const a = c.workbook.worksheets.add("A");
      const b = c.workbook.worksheets.add("B");
      b.position = 0;
      a.tabColor = "#2e75b6";
      a.visibility = "VeryHidden";
      b.freezePanes.freezeRows(4);
      c.workbook.worksheets.getItem("Ark1").freezePanes.freezeAt("A1:B3");
    }, excel);
    expect(excel.inspect.sheets()).toEqual([
      { name: "B", visibility: "Visible", tabColor: "", position: 0 },
      { name: "Ark1", visibility: "Visible", tabColor: "", position: 1 },
      { name: "A", visibility: "VeryHidden", tabColor: "#2E75B6", position: 2 },
    ]);
    expect(excel.inspect.activeSheet()).toBe("Ark1");
    expect([excel.inspect.freeze("B"), excel.inspect.freeze("Ark1")]).toEqual([{ rows: 4, columns: 0 }, { rows: 3, columns: 2 }]);
  });

  test("the used range covers values (and formats unless valuesOnly); an empty sheet has none", async () => {
    const excel = fake();
    excel.typeInto("Ark1", "C3", "x");
    await batch(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Ark1");
      sheet.getRange("E5").format.font.bold = true;
      const values = sheet.getUsedRangeOrNullObject(true).load("address");
      const all = sheet.getUsedRangeOrNullObject(false).load("address");
      const none = context.workbook.worksheets.add("Tom").getUsedRangeOrNullObject(false);
      await context.sync();
      expect([values.address, all.address, none.isNullObject]).toEqual(["Ark1!C3", "Ark1!C3:E5", true]);
    }, excel);
  });
});

describe("tables", () => {
  test("take unique, non-empty text headers from the header row", async () => {
    const excel = fake();
    excel.typeInto("Ark1", "A1", "ID");
    excel.typeInto("Ark1", "B1", "id");
    excel.typeInto("Ark1", "D1", 5);
    await run((c) => (c.workbook.worksheets.getItem("Ark1").tables.add("A1:D2", true).name = "T"), excel);
    expect(excel.inspect.tables()).toEqual([{ name: "T", sheet: "Ark1", address: "A1:D2", style: "TableStyleMedium2", headers: ["ID", "id2", "Column3", "5"] }]);
  });

  test.each([
    ["a table without a body row", (c: Excel.RequestContext) => c.workbook.worksheets.getItem("Ark1").tables.add("A1:B1", true), "InvalidArgument"],
    ["overlapping tables", (c: Excel.RequestContext) => {
      const s = c.workbook.worksheets.getItem("Ark1");
      s.tables.add("A1:B3", true);
      s.tables.add("B2:C4", true);
    }, "InvalidOperation"],
    ["a table name that is a defined name", (c: Excel.RequestContext) => {
      const s = c.workbook.worksheets.getItem("Ark1");
      c.workbook.names.add("GoLive", s.getRange("Z1"));
      s.tables.add("A1:B2", true).name = "golive";
    }, "ItemAlreadyExists"],
    ["a table name that looks like a cell", (c: Excel.RequestContext) => (c.workbook.worksheets.getItem("Ark1").tables.add("A1:B2", true).name = "AB12"), "InvalidArgument"],
    ["an unknown table style", (c: Excel.RequestContext) => (c.workbook.worksheets.getItem("Ark1").tables.add("A1:B2", true).style = "Fancy"), "InvalidArgument"],
    ["rows of the wrong width", (c: Excel.RequestContext) => c.workbook.worksheets.getItem("Ark1").tables.add("A1:B2", true).rows.add(undefined, [["only one"]]), "InvalidArgument"],
  ])("refuse %s", async (_title, body, code) => {
    expect(await codeOf(run(body))).toBe(code);
  });

  test("grow with rows.add and report their header and body ranges", async () => {
    await batch(async (c) => {
      const table = c.workbook.worksheets.getItem("Ark1").tables.add("B2:C3", true);
      table.rows.add(undefined, [["a", 1], ["b", 2]]);
      const [all, header, body] = [table.getRange(), table.getHeaderRowRange(), table.getDataBodyRange()].map((r) => r.load("address"));
      await c.sync();
      expect([all.address, header.address, body.address]).toEqual(["Ark1!B2:C5", "Ark1!B2:C2", "Ark1!B3:C5"]);
    });
  });
});

describe("names", () => {
  test("point at a range on a sheet and read back as a formula", async () => {
    const excel = fake();
    await run((c) => {
      const s = c.workbook.worksheets.add("Fase 1");
      c.workbook.names.add("Start", s.getRange("$B$2"));
      c.workbook.names.add("Slut", "='Fase 1'!$C$2");
    }, excel);
    expect(excel.inspect.names()).toEqual([
      { name: "Start", sheet: "Fase 1", range: "$B$2", formula: "='Fase 1'!$B$2" },
      { name: "Slut", sheet: "Fase 1", range: "$C$2", formula: "='Fase 1'!$C$2" },
    ]);
    await batch(async (c) => {
      const found = c.workbook.names.getItemOrNullObject("start").load("name,formula,type");
      await c.sync();
      expect([found.name, found.formula, found.type]).toEqual(["Start", "='Fase 1'!$B$2", "Range"]);
    }, excel);
  });

  test("must be legal and unused", async () => {
    expect(await codeOf(run((c) => c.workbook.names.add("Go Live", c.workbook.worksheets.getItem("Ark1").getRange("A1"))))).toBe("InvalidArgument");
    expect(
      await codeOf(
        run((c) => {
          const r = c.workbook.worksheets.getItem("Ark1").getRange("A1");
          c.workbook.names.add("X", r);
          c.workbook.names.add("x", r);
        }),
      ),
    ).toBe("ItemAlreadyExists");
  });
});

describe("list validations, conditional formats and print setup", () => {
  const validate = (c: Excel.RequestContext) => {
    const v = c.workbook.worksheets.getItem("Ark1").getRange("H5:H9").dataValidation;
    v.rule = { list: { inCellDropDown: true, source: "=StatusListe" } };
    v.errorAlert = { showAlert: true, style: "Stop", title: "Ugyldig", message: "Vælg fra listen." };
  };

  test("a list rule is kept per range with its alert", async () => {
    const excel = fake();
    await run(validate, excel);
    expect(excel.inspect.validations()).toEqual([
      { sheet: "Ark1", range: "H5:H9", rule: { list: { inCellDropDown: true, source: "=StatusListe" } }, errorAlert: { showAlert: true, style: "Stop", title: "Ugyldig", message: "Vælg fra listen." }, ignoreBlanks: undefined },
    ]);
  });

  test("a rule needs exactly one criterion, and an alert title fits in 32 characters", async () => {
    expect(await codeOf(run((c) => (c.workbook.worksheets.getItem("Ark1").getRange("A1").dataValidation.rule = {})))).toBe("InvalidArgument");
    expect(
      await codeOf(run((c) => (c.workbook.worksheets.getItem("Ark1").getRange("A1").dataValidation.errorAlert = { showAlert: true, style: "Stop", title: "x".repeat(33), message: "m" }))),
    ).toBe("InvalidArgument");
  });

  test("newer members fail with ApiNotFound on an older host", async () => {
    expect(await codeOf(run(validate, fake({ apiVersion: "1.7" })))).toBe("ApiNotFound");
    expect(await codeOf(run((c) => (c.workbook.worksheets.getItem("Ark1").pageLayout.orientation = "Landscape"), fake({ apiVersion: "1.8" })))).toBe("ApiNotFound");
    expect(await codeOf(run((c) => c.workbook.worksheets.getItem("Ark1").freezePanes.freezeRows(1), fake({ apiVersion: "1.6" })))).toBe("ApiNotFound");
  });

  test("a newly added conditional format goes on top", async () => {
    const excel = fake();
    await run((c) => {
      for (const formula of ["=A1=1", "=A1=2"]) {
        const f = c.workbook.worksheets.getItem("Ark1").getRange("A1:A9").conditionalFormats.add("Custom");
        f.custom.rule.formula = formula;
        f.custom.format.fill.color = "#FFC7CE";
      }
    }, excel);
    expect(excel.inspect.conditionalFormats("Ark1").map((f) => [f.formula, f.priority])).toEqual([["=A1=2", 0], ["=A1=1", 1]]);
  });

  test("print setup keeps orientation, title rows and footers", async () => {
    const excel = fake();
    await run((c) => {
      const page = c.workbook.worksheets.getItem("Ark1").pageLayout;
      page.orientation = "Landscape";
      page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      page.setPrintTitleRows("$4:$4");
      page.headersFooters.defaultForAllPages.centerFooter = "&A";
    }, excel);
    expect(excel.inspect.page("Ark1")).toEqual({ orientation: "Landscape", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: "$4:$4", footer: { center: "&A" } });
  });
});
