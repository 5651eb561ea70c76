/**
 * The re-plan and the user's own things: a plan sheet the user renamed keeps its name, a sheet of
 * the user's with a name the plan needs stays as it is, the user's names and formulas that point
 * into the plan point into the new plan, and a table of the user's with a plan table's name stops
 * the update before anything is written.
 */
import { readPlanView } from "../../src/excel";
import { replanWorkbook } from "../../src/excel/replan";
import { isUserError } from "../../src/model/errors";
import type { FakeExcel } from "../fakes/host";
import { allSupported } from "./support/plans";
import { NEW_GO_LIVE, PRJ, TODAY, filledFake, missingEntries, newVariant } from "./support/replanCase";
import { readPlanSnapshot } from "../../src/excel";

const replan = (excel: FakeExcel) => replanWorkbook(excel.run, { goLive: NEW_GO_LIVE, variant: newVariant() }, { supports: allSupported, today: TODAY });

/** Runs one batch of edits the way a user's actions reach the workbook. */
async function edit(excel: FakeExcel, body: (context: Excel.RequestContext) => void): Promise<void> {
  await excel.run(async (context) => {
    body(context);
    await context.sync();
  });
  excel.resetStats();
}

test("a plan sheet the user renamed keeps its name, and the user's formula and name pointing at it follow the new sheet", async () => {
  const excel = await filledFake();
  await edit(excel, (c) => {
    c.workbook.worksheets.getItem("Fase 1 Opstart").name = "Opstart";
    c.workbook.worksheets.getItem("Mine noter").getRange("C1").formulas = [["=Opstart!A1"]];
    c.workbook.names.add("MinOpgave", c.workbook.worksheets.getItem(PRJ).getRange("J5"));
  });
  const result = await replan(excel);
  const sheets = excel.inspect.sheets().map((s) => s.name);
  expect(sheets).toContain("Opstart");
  expect(sheets).not.toContain("Fase 1 Opstart");
  expect(excel.inspect.cell("Mine noter", "C1")?.formula).toBe("=Opstart!A1");
  expect(excel.inspect.names().find((n) => n.name === "MinOpgave")).toMatchObject({ sheet: PRJ, range: "$J$5" });
  expect(excel.inspect.names().find((n) => n.name === "Faseovergang12Klar")?.sheet).toBe("Opstart");
  expect(result.notes.filter((n) => /Dit navn|Formlen/.test(n.da))).toEqual([]);
});

test("a sheet of the user's with a name the new plan needs stays as it is; the plan's sheet gets another name", async () => {
  const excel = await filledFake();
  await edit(excel, (c) => {
    c.workbook.worksheets.add("Arkiv").getRange("A1").values = [["Mit eget arkiv"]];
  });
  const result = await replan(excel);
  expect(excel.inspect.cell("Arkiv", "A1")?.value).toBe("Mit eget arkiv");
  expect(excel.inspect.tables().find((t) => t.name === "Arkiv")?.sheet).toBe("Arkiv (2)");
  expect(result.notes.map((n) => n.da)).toContainEqual('Dit eget ark "Arkiv" har det navn, planen bruger, så det står urørt, og planens ark hedder nu "Arkiv (2)".');
  expect(missingEntries(await readPlanSnapshot(excel.run))).toEqual([]);
});

test("a table of the user's with a name the plan needs stops the update before anything is written", async () => {
  const excel = await filledFake();
  await edit(excel, (c) => c.workbook.names.getItem("TidslinjeStart").delete());
  await edit(excel, (c) => {
    const sheet = c.workbook.worksheets.add("Egne");
    sheet.getRange("A1:B2").values = [["Hvad", "Hvem"], ["Budget", "Kim"]];
    sheet.tables.add("A1:B2", true).name = "TidslinjeStart";
  });
  const before = JSON.stringify(excel.inspect.sheets().map((s) => excel.inspect.cells(s.name)));
  const error = await replan(excel).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isUserError(error) && error.text.da).toBe(
    'Planen kan ikke opdateres, fordi en af dine egne tabeller hedder det samme som planens: "TidslinjeStart". Omdøb din tabel (Tabeldesign > Tabelnavn), og prøv igen; intet er ændret.',
  );
  expect(JSON.stringify(excel.inspect.sheets().map((s) => excel.inspect.cells(s.name)))).toBe(before);
  expect(excel.stats().syncCalls).toBe(1);
});

test("a user's own table and the Validering sheet's table cost no second read, and the re-plan stays at three syncs", async () => {
  const excel = await filledFake();
  await edit(excel, (c) => {
    const sheet = c.workbook.worksheets.getItem("Mine noter");
    sheet.getRange("D1:E2").values = [["Møde", "Dato"], ["Styregruppe", 46300]];
    sheet.tables.add("D1:E2", true).name = "Moeder";
  });
  await readPlanView(excel.run);
  expect(excel.stats().syncCalls).toBe(1);
  excel.resetStats();
  await replan(excel);
  expect(excel.stats().syncCalls).toBe(3);
  expect(excel.inspect.tables().find((t) => t.name === "Moeder")).toMatchObject({ sheet: "Mine noter", address: "D1:E2" });
});
