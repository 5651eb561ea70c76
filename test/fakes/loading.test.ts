/** The fake enforces Office.js's load/sync rule for reads, like the real PropertyNotLoaded error. */
import { batch, fake, peek, thrownCode } from "./support";

test("reading a property that was never loaded throws PropertyNotLoaded", async () => {
  await batch(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Ark1");
    expect(thrownCode(() => peek(sheet, "name"))).toBe("PropertyNotLoaded");
  });
});

test("a loaded property is still unreadable until the sync", async () => {
  await batch(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Ark1").load("name");
    expect(thrownCode(() => sheet.name)).toBe("PropertyNotLoaded");
    await context.sync();
    expect(sheet.name).toBe("Ark1");
  });
});

test("a property the code set itself reads back without a load, as in Office.js", async () => {
  await batch(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Ark1");
    sheet.name = "Forside";
    expect(peek(sheet, "name")).toBe("Forside");
  });
});

test("a loaded value is the value at its place in the batch, not a live one", async () => {
  const excel = fake();
  await batch(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Ark1");
    const range = sheet.getRange("A1");
    range.load("values");
    sheet.getRange("A1").values = [["later"]];
    await context.sync();
    expect(range.values).toEqual([[""]]);
  }, excel);
});

test("a collection's items need load and sync; nested paths load through navigation", async () => {
  await batch(async (context) => {
    context.workbook.worksheets.getItem("Ark1").tables.add("A1:B2", true).name = "T";
    const tables = context.workbook.tables;
    expect(thrownCode(() => tables.items)).toBe("PropertyNotLoaded");
    tables.load("items/name,items/worksheet/name");
    await context.sync();
    expect(tables.items.map((t) => [t.name, t.worksheet.name])).toEqual([["T", "Ark1"]]);
  });
});

test("load() with no arguments brings every scalar property", async () => {
  await batch(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Ark1").load();
    await context.sync();
    expect([sheet.name, sheet.position, sheet.visibility]).toEqual(["Ark1", 0, "Visible"]);
  });
});

test("a member the fake does not model throws instead of returning undefined", async () => {
  await batch(async (context) => {
    const sheet = context.workbook.worksheets.getItem("Ark1") as unknown as Record<string, unknown>;
    expect(() => sheet.showGridlines).toThrow(/not modelled/);
    expect(() => (context as unknown as Record<string, unknown>).trackedObjects).toThrow(/not modelled/);
  });
});
