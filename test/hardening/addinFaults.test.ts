/**
 * Add-in faults: a context.sync() that fails in the middle of creating, updating, reading or
 * writing the Validering sheet (injected by the strict fake host with failSync, after part of the
 * batch was applied, as Excel does) leaves every entry and the user's own sheet as they were,
 * surfaces one sentence that says what happened and how to retry, and the retry succeeds.
 */
import { isUserError } from "../../src/model/errors";
import type { PlanHost } from "../../src/excel/planHost";
import { parseIsoDate } from "../../src/plan/dates";
import type { FakeExcel } from "../fakes/host";
import type { Fault } from "../fakes/runtime";
import { cellFinder } from "./support/addinCase";
import { USER_ENTRIES } from "./support/entries";
import { FRONT, PRJ, TODAY } from "./support/plans";
import { REQUEST, fakePlanHost } from "./support/planHost";

const NOTE = "Mine egne noter – må ikke forsvinde 🙂";

/** The user's own sheet and (with `entries`) every entry of USER_ENTRIES, as the fake workbook holds them now. */
function userCells(excel: FakeExcel, entries: boolean): unknown {
  const at = cellFinder(excel);
  const own = excel.inspect.cells("Ark1").map((c) => [c.address, c.value]);
  if (!entries) return { own };
  return { own, entries: USER_ENTRIES.map((e) => [e.id, e.header, excel.inspect.cell(at(e.id, e.header).sheet, at(e.id, e.header).address)?.value]) };
}

/** A workbook with the user's notes on Ark1, and (unless `bare`) a plan filled in with USER_ENTRIES. */
async function workbook(bare = false): Promise<{ excel: FakeExcel; host: PlanHost }> {
  const { excel, host } = fakePlanHost();
  excel.typeInto("Ark1", "A1", NOTE);
  if (bare) return { excel, host };
  await host.createPlan(REQUEST);
  const at = cellFinder(excel);
  for (const e of USER_ENTRIES) excel.typeInto(at(e.id, e.header).sheet, at(e.id, e.header).address, typeof e.value === "object" ? 46218 : e.value);
  return { excel, host };
}

async function failure(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  if (!isUserError(error)) throw new Error(`expected a UserError, got ${String(error)}`);
  return error.text.da;
}

interface FaultCase {
  title: string;
  input: { bare?: boolean; faults: { at: number; fault: Fault }[]; act: (host: PlanHost) => Promise<unknown> };
  expected: { message: string; planSheets: "none" | "all" };
}

const fault = (code: string, afterActions = 0): Fault => ({ code, message: `${code} (injected)`, afterActions });
const create = (host: PlanHost) => host.createPlan(REQUEST);
const update = (host: PlanHost) => host.updatePlan({ ...REQUEST, goLive: "2027-09-01" });
const RETRY = "Prøv igen; sker det igen, så gem og genåbn projektmappen, og prøv en gang til.";

const cases: FaultCase[] = [
  {
    title: "create, when the write sync fails after part of the plan was written",
    input: { bare: true, faults: [{ at: 2, fault: fault("GeneralException", 400) }], act: create },
    expected: { message: `Excel kunne ikke oprette planen (GeneralException). ${RETRY}`, planSheets: "none" },
  },
  {
    title: "create, when the write sync and the clean-up after it both fail",
    input: { bare: true, faults: [{ at: 2, fault: fault("GeneralException", 400) }, { at: 3, fault: fault("GeneralException") }], act: create },
    expected: { message: "Planen blev kun delvist oprettet, og de nye ark kunne ikke fjernes igen. Slet arkene", planSheets: "all" },
  },
  {
    title: "create, when a protected workbook refuses the writes",
    input: { bare: true, faults: [{ at: 2, fault: fault("AccessDenied") }], act: create },
    expected: { message: "Projektmappen eller et ark er beskyttet, så tilføjelsen kunne ikke oprette planen. Fjern beskyttelsen (Gennemse > Fjern beskyttelse), og prøv igen.", planSheets: "none" },
  },
  {
    title: "update, when the write sync fails after the go-live cell was written",
    input: { faults: [{ at: 2, fault: fault("GeneralException", 3) }], act: update },
    expected: { message: `Excel kunne ikke opdatere planen (GeneralException). ${RETRY}`, planSheets: "all" },
  },
  {
    title: "update, while Excel is editing a cell",
    input: { faults: [{ at: 2, fault: fault("InvalidOperationInCellEditMode") }], act: update },
    expected: { message: "Excel er ved at redigere en celle, så tilføjelsen kunne ikke opdatere planen. Tryk Enter eller Esc i cellen, og prøv igen.", planSheets: "all" },
  },
  {
    title: "validate, when Excel does not answer the read",
    input: { faults: [{ at: 1, fault: fault("Timeout") }], act: (host) => host.readAndValidate({ today: parseIsoDate(TODAY) }) },
    expected: { message: "Excel svarede ikke, da tilføjelsen skulle læse planen. Vent et øjeblik, og prøv igen.", planSheets: "all" },
  },
  {
    title: "writing the Validering sheet, when its sync fails",
    input: { faults: [{ at: 1, fault: fault("GeneralException", 10) }], act: (host) => host.writeValidationSheet({ messages: [{ intent: "info", text: { da: "x", en: "x" } }] }) },
    expected: { message: `Excel kunne ikke skrive arket Validering (GeneralException). ${RETRY}`, planSheets: "all" },
  },
];

describe("a failing context.sync() in the middle of an add-in operation", () => {
  test.each(cases)("$title keeps every entry, says what happened and how to retry, and the retry succeeds", async ({ input, expected }) => {
    const { excel, host } = await workbook(input.bare);
    const withEntries = !input.bare;
    const before = userCells(excel, withEntries);
    for (const { at, fault } of input.faults) excel.failSync(at, fault);
    const message = await failure(input.act(host));
    expect(message.slice(0, expected.message.length)).toBe(expected.message);
    expect(userCells(excel, withEntries)).toEqual(before);
    const planSheets = excel.inspect.sheets().filter((s) => s.name === FRONT || s.name === PRJ).length;
    expect(planSheets).toBe(expected.planSheets === "none" ? 0 : 2);
    if (expected.planSheets === "all" && input.bare) return;
    // Running the same action again finishes it, and still nothing of the user's is touched.
    await input.act(host);
    expect(userCells(excel, withEntries)).toEqual(before);
  });

  test("the update's retry leaves the workbook as one update without a failure would", async () => {
    const failed = await workbook();
    failed.excel.failSync(2, fault("GeneralException", 3));
    await failure(update(failed.host));
    await update(failed.host);
    const clean = await workbook();
    await update(clean.host);
    expect(failed.excel.inspect.cells(FRONT)).toEqual(clean.excel.inspect.cells(FRONT));
    await expect(failed.host.hasPlan()).resolves.toMatchObject({ goLive: "2027-09-01" });
  });
});
