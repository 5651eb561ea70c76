/** The fake's minimal PivotTables: what `pivotTables.add` records, and the requirement set it needs. */
import { pivotsOf } from "./pivotTable";
import { batch, codeOf, fake } from "./support";

/** A sheet "Data" with a two-column table "Tal" (Bølge, Antal) and two body rows. */
async function withTable(apiVersion = "1.17") {
  const excel = fake({ apiVersion });
  await batch(async (context) => {
    const sheet = context.workbook.worksheets.add("Data");
    sheet.getRange("A1:B3").values = [["Bølge", "Antal"], [1, 4], [2, 5]];
    sheet.tables.add("A1:B3", true).name = "Tal";
    await context.sync();
  }, excel);
  return excel;
}

const addPivot = (context: Excel.RequestContext, field = "Bølge") => {
  const sheet = context.workbook.worksheets.add("P");
  const pivot = sheet.pivotTables.add("Pivot1", context.workbook.tables.getItem("Tal"), sheet.getRange("A3"));
  pivot.rowHierarchies.add(pivot.hierarchies.getItem(field));
  const count = pivot.dataHierarchies.add(pivot.hierarchies.getItem("Antal"));
  count.summarizeBy = "Count";
  return sheet;
};

describe("PivotTables", () => {
  test("records the name, source, destination and fields, and finds the table again", async () => {
    const excel = await withTable();
    const found = await batch(async (context) => {
      addPivot(context);
      await context.sync();
      const again = context.workbook.worksheets.getItem("P").pivotTables.getItemOrNullObject("Pivot1");
      again.load("name");
      await context.sync();
      return again.isNullObject ? undefined : again.name;
    }, excel);
    expect(found).toBe("Pivot1");
    expect(pivotsOf(excel.workbook).map(({ name, source, destination, fields, rows, columns, data }) => ({ name, source, destination, fields, rows, columns, data }))).toEqual([
      { name: "Pivot1", source: "Tal", destination: "A3", fields: ["Bølge", "Antal"], rows: ["Bølge"], columns: [], data: [{ field: "Antal", summarizeBy: "Count" }] },
    ]);
  });

  test("go with their sheet", async () => {
    const excel = await withTable();
    await batch(async (context) => {
      addPivot(context).delete();
      await context.sync();
    }, excel);
    expect(pivotsOf(excel.workbook)).toEqual([]);
  });

  test("refuse a field the source lacks", async () => {
    const excel = await withTable();
    expect(await codeOf(batch(async (context) => {
      addPivot(context, "Fase");
      await context.sync();
    }, excel))).toBe("ItemNotFound");
  });

  test("need ExcelApi 1.8 to be added: ApiNotFound on 1.7", async () => {
    const excel = await withTable("1.7");
    expect(await codeOf(batch(async (context) => {
      addPivot(context);
      await context.sync();
    }, excel))).toBe("ApiNotFound");
    expect(pivotsOf(excel.workbook)).toEqual([]);
  });
});
