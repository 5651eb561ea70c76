/** *OrNullObject semantics: isNullObject after a sync, and null objects that swallow every action. */
import { batch, codeOf, fake, peek, thrownCode } from "./support";

test("isNullObject is unknown before the sync, then true for a missing item and false for one that exists", async () => {
  await batch(async (context) => {
    const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
    const present = context.workbook.worksheets.getItemOrNullObject("ark1");
    expect(thrownCode(() => peek(missing, "isNullObject"))).toBe("PropertyNotLoaded");
    await context.sync();
    expect([missing.isNullObject, present.isNullObject]).toEqual([true, false]);
  });
});

test("a null object's loaded properties read as undefined", async () => {
  await batch(async (context) => {
    const missing = context.workbook.worksheets.getItemOrNullObject("Nope").load("name");
    await context.sync();
    expect(missing.name).toBeUndefined();
  });
});

test("actions on a null object and on objects derived from it do nothing", async () => {
  const excel = fake();
  await batch(async (context) => {
    const missing = context.workbook.tables.getItemOrNullObject("Nope");
    const range = missing.getRange();
    range.load("address");
    range.values = [["x"]];
    context.workbook.worksheets.getItemOrNullObject("Nope").delete();
    await context.sync();
    expect(peek(range, "isNullObject")).toBe(true);
    expect(range.address).toBeUndefined();
  }, excel);
  expect(excel.inspect.sheets()).toHaveLength(1);
});

test("getItem on a missing item fails at the sync with ItemNotFound, not at the call", async () => {
  const code = await codeOf(
    batch(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Nope");
      sheet.load("name");
      await context.sync();
    }),
  );
  expect(code).toBe("ItemNotFound");
});

test("the null check happens at the object's place in the batch", async () => {
  await batch(async (context) => {
    const before = context.workbook.worksheets.getItemOrNullObject("Ny");
    context.workbook.worksheets.add("Ny");
    const after = context.workbook.worksheets.getItemOrNullObject("Ny");
    await context.sync();
    expect([before.isNullObject, after.isNullObject]).toEqual([true, false]);
  });
});
