/**
 * A re-plan that Excel interrupts at any sync loses nothing the user typed. Reading fails: nothing
 * was written. Writing fails: the temporary sheets are removed and the workbook is as it was. The
 * swap fails: it is sent again and finishes. Both fail: every entry is still in the workbook, the
 * error says so, and running the update again finishes it. Each error is a sentence a user can act on.
 */
import { readPlanSnapshot } from "../../src/excel";
import { replanWorkbook } from "../../src/excel/replan";
import { isUserError } from "../../src/model/errors";
import type { FakeExcel } from "../fakes/host";
import type { Fault } from "../fakes/runtime";
import { fakeShape } from "./support/fakeShape";
import { allSupported } from "./support/plans";
import { NEW_GO_LIVE, NOTES, TODAY, filledFake, missingEntries, newVariant } from "./support/replanCase";
import type { WorkbookShape } from "./support/shape";

const GENERAL: Fault = { code: "GeneralException", message: "There was an internal error while processing the request." };
const EDITING: Fault = { code: "InvalidOperationInCellEditMode", message: "Excel is in cell-editing mode." };

const replan = (excel: FakeExcel) => replanWorkbook(excel.run, { goLive: NEW_GO_LIVE, variant: newVariant() }, { supports: allSupported, today: TODAY });

/** Everything in the workbook as plain data. */
function state(excel: FakeExcel): unknown {
  const sheets = excel.inspect.sheets().map((s) => ({ ...s, cells: excel.inspect.cells(s.name) }));
  return JSON.parse(JSON.stringify({ sheets, tables: excel.inspect.tables(), names: excel.inspect.names() }));
}

/** The workbook's shape without print setup (a swap sent again leaves print setup out, and says so). */
function withoutPrint(shape: WorkbookShape): WorkbookShape {
  return { ...shape, sheets: Object.fromEntries(Object.entries(shape.sheets).map(([name, { print: _print, ...sheet }]) => [name, sheet])) };
}

async function failure(promise: Promise<unknown>): Promise<{ da: string; en: string }> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isUserError(error)) throw new Error(`expected a UserError, got ${String(error)}`);
  return error.text;
}

let expected: WorkbookShape;
let swapActions: number;

beforeAll(async () => {
  const excel = await filledFake();
  await replan(excel);
  expected = withoutPrint(fakeShape(excel));
  swapActions = excel.stats().syncs[2].actions;
});

test("reading fails: nothing is written, and the sentence says so and how to go on", async () => {
  const excel = await filledFake();
  const before = state(excel);
  excel.failSync(1, EDITING);
  const text = await failure(replan(excel));
  expect(text.da).toBe(
    "Planen blev ikke opdateret: Excel kunne ikke læse den (InvalidOperationInCellEditMode). Intet i planen er ændret, og alt, hvad du har skrevet, står, hvor det stod. Tryk Enter eller Esc i cellen, du redigerer, og kør Opdater plan igen.",
  );
  expect(state(excel)).toEqual(before);
  expect(excel.stats().syncCalls).toBe(1);
});

describe.each([0, 25, 700])("writing fails after %i actions", (afterActions) => {
  test("the temporary sheets are removed again and the workbook is exactly as it was", async () => {
    const excel = await filledFake();
    const before = state(excel);
    excel.failSync(2, { ...GENERAL, afterActions });
    const text = await failure(replan(excel));
    expect(text.da).toMatch(/^Planen blev ikke opdateret: Excel stoppede, mens den nye plan blev skrevet \(GeneralException\), og de halvt skrevne ark er fjernet igen\. Intet i planen er ændret, og alt, hvad du har skrevet, står, hvor det stod\. Kør Opdater plan igen/);
    expect(state(excel)).toEqual(before);
    expect(excel.stats().syncCalls).toBe(3);
  });
});

test("writing and the clean-up both fail: the plan is untouched, the copies are named, and the next update tidies up", async () => {
  const excel = await filledFake();
  excel.failSync(2, { ...GENERAL, afterActions: 700 });
  excel.failSync(3, GENERAL);
  const text = await failure(replan(excel));
  expect(text.da).toMatch(/de halvt skrevne ark \("Implan_ny_front", .*\) kunne ikke fjernes igen\. Din plan og alt, hvad du har skrevet, står urørt; de ark er kun kopier og kan slettes\./);
  expect(missingEntries(await readPlanSnapshot(excel.run))).toEqual([]);
  await replan(excel);
  expect(withoutPrint(fakeShape(excel))).toEqual(expected);
});

describe("the swap fails part-way", () => {
  const points = () => [0, 1, Math.floor(swapActions / 4), Math.floor(swapActions / 2), swapActions - 1];

  test("sent again, it finishes: the same plan as without the fault, in four syncs, print setup noted as missing", async () => {
    for (const afterActions of points()) {
      const excel = await filledFake();
      excel.failSync(3, { ...GENERAL, afterActions });
      const result = await replan(excel);
      expect([afterActions, excel.stats().syncCalls]).toEqual([afterActions, 4]);
      expect(withoutPrint(fakeShape(excel))).toEqual(expected);
      expect(result.notes.map((n) => n.da)).toContainEqual(expect.stringMatching(/^Udskriftsopsætningen .* mangler/));
    }
  });

  test.each([
    { at: 0, again: 0 },
    { at: 1, again: 0 },
    { at: 40, again: 100 },
    { at: 150, again: 20 },
    { at: -1, again: 0 },
  ])("sent again and failing again ($at, then $again actions): every entry is still there, and the next update finishes", async ({ at, again }) => {
    const excel = await filledFake();
    excel.failSync(3, { ...GENERAL, afterActions: at < 0 ? swapActions - 1 : at });
    excel.failSync(4, { ...GENERAL, afterActions: again });
    const text = await failure(replan(excel));
    expect(text.da).toBe(
      "Opdateringen blev afbrudt, mens de nye ark blev sat i stedet for de gamle (GeneralException). Intet af det, du har skrevet, er tabt: det står i den nye plan eller i de gamle ark, der endnu ikke er slettet. " +
        'Formler på dine egne ark, der peger på planen (fx "Mine noter"!B2), kan vise #REF!; skriv dem igen, hvis de gør. Kør Opdater plan igen; sker det igen, så gem og genåbn projektmappen først.',
    );
    expect(missingEntries(await readPlanSnapshot(excel.run))).toEqual([]);
    expect(excel.inspect.cell(NOTES, "A1")?.value).toBe("Møde med KOMBIT");
    await replan(excel);
    const after = await readPlanSnapshot(excel.run);
    expect(missingEntries(after)).toEqual([]);
    expect(excel.inspect.sheets().filter((s) => s.name.startsWith("Implan_ny"))).toEqual([]);
    expect(after.tasks.filter((t) => t.cells.id?.value === "PRJ-01")).toHaveLength(1);
  });
});
