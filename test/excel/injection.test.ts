/**
 * Text the user controls (local task titles, the solution name) must land in Excel as text: Excel
 * reads "=…", "+…", "-…" and "@…" written through the API as formulas, so the renderer escapes it.
 */
import { readPlanSnapshot, renderDescription } from "../../src/excel";
import { cellAddress, parseAddress } from "../../src/workbook/address";
import { FakeExcel } from "../fakes/host";
import { allSupported, plan } from "./support/plans";

const HOSTILE = ['=HYPERLINK("http://evil","x")', "+cmd", "-2+3", "@SUM(1)", "'quoted'", "0751", "TRUE", "2027-01-31"];

async function rendered() {
  const localTasks = HOSTILE.map((title, i) => ({ id: `L-${i + 1}`, theme: "PRJ", title, phase: "F2" }));
  const description = plan({ variant: { localTasks }, solution: "=1+1" });
  const excel = new FakeExcel();
  await renderDescription(excel.run, description, { supports: allSupported });
  return { excel, description };
}

describe("user text is written as text, never as a formula", () => {
  test.each(HOSTILE)("a local task titled %s is a text cell with exactly that text", async (title) => {
    const { excel, description } = await rendered();
    const sheet = description.sheets.find((s) => s.key === "theme:PRJ");
    if (!sheet) throw new Error("no PRJ sheet");
    const cells = excel.inspect.cells(sheet.name).filter((c) => c.value === title);
    expect(cells).toHaveLength(1);
    expect(cells[0].formula).toBeUndefined();
  });

  test('the solution name "=1+1" is text on the front sheet', async () => {
    const { excel, description } = await rendered();
    const front = description.sheets[0].name;
    const cells = excel.inspect.cells(front).filter((c) => c.value === "=1+1");
    expect(cells).toHaveLength(1);
    expect(cells[0].formula).toBeUndefined();
  });

  test("no cell anywhere holds a formula the description did not ask for", async () => {
    const { excel, description } = await rendered();
    for (const sheet of description.sheets) {
      const wanted = new Set(sheet.cells.filter((c) => c.value.kind === "formula").map((c) => c.address));
      for (const table of sheet.tables) {
        const { row: top, column: left } = parseAddress(table.topLeft);
        table.rows.forEach((cells, r) =>
          cells.forEach((v, c) => {
            if (v.kind === "formula") wanted.add(cellAddress(left + c, top + 1 + r));
          }),
        );
      }
      const unexpected = excel.inspect.cells(sheet.name).filter((c) => c.formula !== undefined && !wanted.has(c.address));
      expect(unexpected.map((c) => `${sheet.name}!${c.address} ${c.formula}`)).toEqual([]);
    }
  });

  test("the hostile titles read back unchanged for validation", async () => {
    const { excel } = await rendered();
    const snapshot = await readPlanSnapshot(excel.run);
    const titles = snapshot.tasks.filter((t) => String(t.cells.id?.value).startsWith("L-")).map((t) => [t.cells.task?.value, t.cells.task?.formula]);
    expect(titles).toEqual(HOSTILE.map((title) => [title, undefined]));
  });
});

test("without escaping, the fake host would have made them formulas (the check can fail)", async () => {
  const excel = new FakeExcel();
  await excel.run(async (context) => {
    context.workbook.worksheets.getItem("Ark1").getRange("A1:D1").values = [['=HYPERLINK("http://evil","x")', "+cmd", "-2+3", "@SUM(1)"]];
    await context.sync();
  });
  expect(["A1", "B1", "C1", "D1"].map((a) => excel.inspect.cell("Ark1", a)?.formula)).toEqual(['=HYPERLINK("http://evil","x")', "=+cmd", "=-2+3", "=SUM(1)"]);
});
