/** Renaming and deleting sheets and tables does to formulas and names what Excel does; selection; table events. */
import { batch, fake } from "./support";
import type { FakeExcel } from "./host";

const run = (excel: FakeExcel, body: (context: Excel.RequestContext) => void) =>
  batch(async (context) => {
    body(context);
    await context.sync();
  }, excel);

/** Ark1 with a table "Opgaver" (A1:B2) and a sheet "Fase 1"; "Noter" refers to both and to a name on "Fase 1". */
async function workbook(): Promise<FakeExcel> {
  const excel = fake();
  await run(excel, (c) => {
    const sheets = c.workbook.worksheets;
    sheets.getItem("Ark1").getRange("A1:B2").values = [["ID", "Status"], ["PRJ-01", "I gang"]];
    sheets.getItem("Ark1").tables.add("A1:B2", true).name = "Opgaver";
    const phase = sheets.add("Fase 1");
    phase.getRange("B3").values = [[46447]];
    c.workbook.names.add("Start", phase.getRange("B3"));
    sheets.add("Noter").getRange("A1:D1").formulas = [["='Fase 1'!B3+1", "=COUNTA(Opgaver[Status])", "=Start", '="\'Fase 1\'!B3"']];
  });
  return excel;
}

const formulas = (excel: FakeExcel) => excel.inspect.cells("Noter").map((c) => c.formula);

async function values(excel: FakeExcel): Promise<unknown[]> {
  return batch(async (context) => {
    const range = context.workbook.worksheets.getItem("Noter").getRange("A1:C1").load("values,valueTypes");
    await context.sync();
    return [...range.values[0], ...range.valueTypes[0]];
  }, excel);
}

describe("formulas follow renamed sheets and tables, as in Excel", () => {
  test("renaming a sheet rewrites references to it, quoted as Excel quotes them; text in quotes stays", async () => {
    const excel = await workbook();
    await run(excel, (c) => (c.workbook.worksheets.getItem("Fase 1").name = "Opstart"));
    expect(formulas(excel)).toEqual(["=Opstart!B3+1", "=COUNTA(Opgaver[Status])", "=Start", '="\'Fase 1\'!B3"']);
    await run(excel, (c) => (c.workbook.worksheets.getItem("Opstart").name = "Fase 1 Opstart"));
    expect(formulas(excel)[0]).toBe("='Fase 1 Opstart'!B3+1");
  });

  test("renaming a table rewrites its structured references", async () => {
    const excel = await workbook();
    await run(excel, (c) => (c.workbook.tables.getItem("Opgaver").name = "Opgaver_PRJ"));
    expect(formulas(excel)[1]).toBe("=COUNTA(Opgaver_PRJ[Status])");
  });

  test("deleting a sheet turns references to it, its tables and its names into #REF!", async () => {
    const excel = await workbook();
    await run(excel, (c) => c.workbook.worksheets.add("Tom"));
    await run(excel, (c) => {
      c.workbook.worksheets.getItem("Fase 1").delete();
      c.workbook.worksheets.getItem("Ark1").delete();
    });
    expect(formulas(excel).slice(0, 3)).toEqual(["=#REF!B3+1", "=COUNTA(#REF!)", "=Start"]);
    expect(excel.inspect.names()).toEqual([{ name: "Start", sheet: undefined, range: "#REF!", formula: "=#REF!" }]);
    expect(await values(excel)).toEqual(["#REF!", "#REF!", "#REF!", "Error", "Error", "Error"]);
  });

  test("a name deleted and added again makes its formulas work again", async () => {
    const excel = await workbook();
    await run(excel, (c) => c.workbook.worksheets.add("Fase 2").getRange("B3").values = [[46500]]);
    await run(excel, (c) => {
      c.workbook.names.getItem("Start").delete();
      c.workbook.worksheets.getItem("Fase 1").delete();
      c.workbook.names.add("Start", c.workbook.worksheets.getItem("Fase 2").getRange("B3"));
    });
    expect(formulas(excel)[2]).toBe("=Start");
    expect((await values(excel))[5]).not.toBe("Error");
  });
});

describe("selection and table events", () => {
  test("Range.select activates the sheet and records the selection; a hidden sheet refuses", async () => {
    const excel = await workbook();
    await run(excel, (c) => c.workbook.worksheets.getItem("Fase 1").getRange("B3").select());
    expect([excel.inspect.activeSheet(), excel.inspect.selection()]).toEqual(["Fase 1", { sheet: "Fase 1", address: "B3" }]);
    await expect(
      run(excel, (c) => {
        const sheet = c.workbook.worksheets.getItem("Noter");
        sheet.visibility = "Hidden";
        sheet.getRange("A1").select();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  test("typing into a table tells the handlers of its collection, after the edit; removed handlers hear nothing", async () => {
    const excel = await workbook();
    const heard: unknown[] = [];
    const handler = async (event: Excel.TableChangedEventArgs) => void heard.push([event.address, event.changeType, excel.inspect.cell("Ark1", "B2")?.value]);
    let removable: { remove(): void } | undefined;
    await run(excel, (c) => {
      c.workbook.tables.onChanged.add(handler);
      removable = c.workbook.worksheets.getItem("Noter").tables.onChanged.add(handler);
    });
    excel.typeInto("Ark1", "B2", "Fuldført");
    excel.typeInto("Ark1", "F9", "uden for tabellen");
    await excel.settled();
    expect(heard).toEqual([["B2", "RangeEdited", "Fuldført"]]);
    await run(excel, () => removable?.remove());
    await run(excel, (c) => c.workbook.tables.onChanged.add(handler));
    excel.typeInto("Ark1", "B2", "I gang");
    await excel.settled();
    expect(heard).toHaveLength(3);
  });
});
