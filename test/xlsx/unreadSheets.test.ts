/** The rollup's lighter load: sheets no reader reads are emptied, and the plan reads the same. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { parseVariant } from "../../src/model";
import { parseIsoDate } from "../../src/plan/dates";
import { buildPlanWorkbook } from "../../src/workbook/build";
import { readSnapshot } from "../../src/workbook/readSnapshot";
import { renderXlsx } from "../../src/xlsx/render";
import { withoutUnreadSheets } from "../../src/xlsx/unreadSheets";
import { loadWorkbook, workbookView } from "../../src/xlsx/workbookRead";

async function planBytes(): Promise<Uint8Array> {
  return renderXlsx(buildPlanWorkbook({ goLive: parseIsoDate("2027-03-01"), lang: "da", variant: parseVariant({}) }));
}

/** The sheet parts (by sheet name) that the prepared bytes hold without cells. */
async function emptied(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const names = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
  const empty: string[] = [];
  for (const [i, name] of names.entries()) {
    const xml = (await zip.file(`xl/worksheets/sheet${i + 1}.xml`)?.async("string")) ?? "";
    if (xml.includes("<sheetData/>")) empty.push(name);
  }
  return empty;
}

async function snapshotOf(bytes: Uint8Array, prepare?: (bytes: Uint8Array) => Promise<Uint8Array>) {
  return readSnapshot(workbookView(await loadWorkbook(bytes, "plan.xlsx", undefined, prepare), "plan.xlsx"));
}

/** The bytes with the GoLive name's definition replaced. */
async function withGoLive(bytes: Uint8Array, definition: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  zip.file("xl/workbook.xml", workbook.replace(/(<definedName name="GoLive">)[^<]*/, `$1${definition}`));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("withoutUnreadSheets", () => {
  test("empties Overblik, Tidslinje and Lister, which hold no table and not the go-live cell", async () => {
    expect(await emptied(await withoutUnreadSheets(await planBytes()))).toEqual(["Overblik", "Tidslinje", "Lister"]);
  });

  test("the plan reads exactly the same from the lighter bytes", async () => {
    const bytes = await planBytes();
    expect(await snapshotOf(bytes, withoutUnreadSheets)).toEqual(await snapshotOf(bytes));
  });

  test("keeps the sheet the GoLive name points at, wherever it was moved", async () => {
    const bytes = await withGoLive(await planBytes(), "Tidslinje!$C$3");
    expect(await emptied(await withoutUnreadSheets(bytes))).toEqual(["Overblik", "Lister"]);
  });

  test("keeps a sheet someone put a table on", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await planBytes()) as unknown as ArrayBuffer);
    workbook.getWorksheet("Overblik")?.addTable({ name: "Egen", ref: "A60", columns: [{ name: "Note" }], rows: [["x"]] });
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    expect(await emptied(await withoutUnreadSheets(bytes))).toEqual(["Tidslinje", "Lister"]);
  });

  test("keeps every sheet when the GoLive name cannot be made out", async () => {
    for (const definition of ["#REF!", "Forside!$B$8,Tidslinje!$C$3"]) {
      const bytes = await withGoLive(await planBytes(), definition);
      expect(await withoutUnreadSheets(bytes)).toBe(bytes);
    }
  });
});
