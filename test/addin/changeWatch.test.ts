/**
 * Live checking's source: edits to plan tables reach every listener with their sheet. Most tests
 * play Excel's side with a small stand-in of the few calls; the last runs on the fake Excel host,
 * whose tables raise onChanged when a user types into them.
 */
import { createChangeWatch } from "../../src/excel/excelPlanHostCells";
import type { ExcelRun } from "../../src/excel/host";
import type { CellChange } from "../../src/excel/planHost";
import { AARHUS, fakeExcelPlanHost } from "./support/fakeExcelHost";

type Handler = (event: Excel.TableChangedEventArgs) => Promise<unknown>;

/** An Excel with two tables, counting how often the add-in registered for table changes. */
function standIn() {
  const handlers: Handler[] = [];
  const tables: Record<string, string> = { "{T1}": "Opgaver_PRJ", "{T2}": "Mine_noter" };
  const sheets: Record<string, string> = { "{S1}": "Projektstyring og -ledelse" };
  const item = (name: string | undefined) => ({ load: () => undefined, isNullObject: name === undefined, name });
  const context = {
    workbook: {
      tables: { onChanged: { add: (handler: Handler) => handlers.push(handler) }, getItemOrNullObject: (id: string) => item(tables[id]) },
      worksheets: { getItemOrNullObject: (id: string) => item(sheets[id]) },
    },
    sync: async () => undefined,
  };
  const run: ExcelRun = (batch) => batch(context as unknown as Excel.RequestContext);
  const edit = (tableId: string, address: string) =>
    Promise.all(handlers.map((h) => h({ tableId, worksheetId: "{S1}", address, changeType: "RangeEdited", source: "Local", type: "TableChanged" } as Excel.TableChangedEventArgs)));
  return { run, handlers, edit };
}

describe("createChangeWatch", () => {
  it("registers with Excel once and tells every listener about edits to plan tables", async () => {
    const excel = standIn();
    const watch = createChangeWatch(excel.run);
    const [first, second]: CellChange[][][] = [[], []];
    await watch((changes) => first.push(changes));
    const stop = await watch((changes) => second.push(changes));
    expect(excel.handlers).toHaveLength(1);
    await excel.edit("{T1}", "H5");
    expect(first).toEqual([[{ sheet: "Projektstyring og -ledelse", address: "H5" }]]);
    expect(second).toEqual(first);
    stop();
    await excel.edit("{T1}", "H6");
    expect(second).toHaveLength(1);
    expect(first).toHaveLength(2);
  });

  it("ignores the user's own tables", async () => {
    const excel = standIn();
    const seen: CellChange[][] = [];
    await createChangeWatch(excel.run)((changes) => seen.push(changes));
    await excel.edit("{T2}", "B2");
    expect(seen).toEqual([]);
  });

  it("turns a failure to register into a sentence, and tries again next time", async () => {
    let fail = true;
    const excel = standIn();
    const run: ExcelRun = (batch) => (fail ? Promise.reject(Object.assign(new Error("x"), { code: "GeneralException" })) : excel.run(batch));
    const watch = createChangeWatch(run);
    await expect(watch(() => undefined)).rejects.toMatchObject({ text: { da: expect.stringMatching(/følge ændringer i planen \(GeneralException\)/) } });
    fail = false;
    await expect(watch(() => undefined)).resolves.toEqual(expect.any(Function));
  });

  it("on the fake Excel host: typing into a plan table reaches the listener with its sheet, typing elsewhere does not", async () => {
    const { host, excel } = fakeExcelPlanHost();
    await host.createPlan(AARHUS);
    const seen: CellChange[][] = [];
    await host.watchChanges((changes) => seen.push(changes));
    excel.typeInto("Projektstyring og -ledelse", "H5", "I gang");
    excel.typeInto("Forside", "B4", "Aarhus Kommune");
    await excel.settled();
    expect(seen).toEqual([[{ sheet: "Projektstyring og -ledelse", address: "H5" }]]);
  });
});
