/** The pane's PlanHost on the strict fake Excel host: create, read back, validate, update, the Validering sheet. */
import { isUserError } from "../../src/model/errors";
import { civilDate, toExcelSerial } from "../../src/plan/dates";
import { AARHUS, fakeExcelPlanHost } from "./support/fakeExcelHost";

const PRJ = "Projektstyring og -ledelse";
const TODAY = civilDate(2026, 10, 1);

async function failure(promise: Promise<unknown>): Promise<Error> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof Error)) throw new Error("expected a failure");
  return error;
}

describe("createExcelPlanHost", () => {
  it("finds no plan in an empty workbook", async () => {
    const { host } = fakeExcelPlanHost();
    await expect(host.hasPlan()).resolves.toBeNull();
  });

  it("creates a plan that reads back as the form sent it", async () => {
    const { host, excel } = fakeExcelPlanHost();
    const result = await host.createPlan({ ...AARHUS, phaseStarts: { F1: { amount: -8, unit: "months" } } });
    expect(result.windows[0]).toEqual({ phase: "F1", start: "2026-07-01", end: "2026-08-31" });
    expect(result.notes).toEqual([]);
    expect(excel.inspect.sheets().map((s) => s.name)).toContain(PRJ);
    await expect(host.hasPlan()).resolves.toEqual({
      lang: "da",
      municipalityCode: "0751",
      municipalityName: "Aarhus",
      solution: "SAPA",
      wave: 1,
      goLive: "2027-03-01",
      goLiveProblem: undefined,
      phaseStarts: { F1: { amount: -8, unit: "months" } },
      deviations: [],
      rows: 52,
    });
  });

  it("says which features an older Excel left out", async () => {
    const { host } = fakeExcelPlanHost({ apiVersion: "1.7" });
    const result = await host.createPlan(AARHUS);
    expect(result.notes.map((n) => n.da).join(" ")).toMatch(/Rullelister .* er udeladt/);
  });

  it("refuses a second plan and an unknown municipality, with sentences that say what to do", async () => {
    const { host, excel } = fakeExcelPlanHost();
    const unknown = await failure(host.createPlan({ ...AARHUS, municipalityCode: "9999" }));
    expect(isUserError(unknown) && unknown.message).toMatch(/Ukendt kommune "9999"/);
    expect(excel.inspect.sheets().map((s) => s.name)).toEqual(["Ark1"]);
    await host.createPlan(AARHUS);
    const second = await failure(host.createPlan(AARHUS));
    expect(second.message).toMatch(/har allerede en plan\. Brug "Opdater plan"/);
  });

  it("validates what was typed and points at the cell", async () => {
    const { host, excel } = fakeExcelPlanHost();
    await host.createPlan(AARHUS);
    excel.typeInto(PRJ, "H5", "Færdig");
    const report = await host.readAndValidate({ today: TODAY });
    expect(report).toMatchObject({ lang: "da", checkedOn: "2026-10-01", rows: 52 });
    expect(report.findings.find((f) => f.rule === "status-value")).toMatchObject({ severity: "error", sheet: PRJ, cell: "H5", task: "PRJ-01" });
    expect(report.gates.map((g) => [g.transition, g.ready])).toEqual([
      ["F1-F2", false],
      ["F2-F3", false],
      ["F3-F4", false],
    ]);
  });

  it("moves go-live in place when nothing else changes: one read, one write, every cell as it was", async () => {
    const { host, excel } = fakeExcelPlanHost();
    await host.createPlan(AARHUS);
    excel.typeInto(PRJ, "D5", "Anne Hansen");
    excel.typeInto(PRJ, "H5", "I gang");
    const before = excel.inspect.cells(PRJ).filter((c) => c.formula === undefined);
    excel.resetStats();
    const result = await host.updatePlan({ ...AARHUS, goLive: "2027-05-03", solution: "SAPA 2", wave: 2 });
    expect(excel.stats().syncCalls).toBe(2);
    expect(result).toMatchObject({ goLive: "2027-05-03", notes: [] });
    expect(excel.inspect.cells(PRJ).filter((c) => c.formula === undefined)).toEqual(before);
    const goLive = excel.inspect.names().find((n) => n.name === "GoLive");
    expect(excel.inspect.cell(goLive?.sheet ?? "", (goLive?.range ?? "").replace(/\$/g, ""))?.value).toBe(toExcelSerial(civilDate(2027, 5, 3)));
    await expect(host.hasPlan()).resolves.toMatchObject({ goLive: "2027-05-03", solution: "SAPA 2", wave: 2 });
  });

  it("re-plans when the phase starts change, and keeps every entry", async () => {
    const { host, excel } = fakeExcelPlanHost();
    await host.createPlan(AARHUS);
    excel.typeInto(PRJ, "D5", "Anne Hansen");
    excel.typeInto(PRJ, "H5", "I gang");
    const values = () => excel.inspect.cells(PRJ).filter((c) => c.formula === undefined).map((c) => [c.address, c.value]);
    const before = values();
    excel.resetStats();
    const result = await host.updatePlan({ ...AARHUS, goLive: "2027-05-03", phaseStarts: { F1: { amount: -7, unit: "months" } } });
    expect(excel.stats().syncCalls).toBe(3);
    expect(result.windows[0]).toEqual({ phase: "F1", start: "2026-10-03", end: "2026-11-02" });
    expect(values()).toEqual(before);
    const start = excel.inspect.names().find((n) => n.name === "Fase1Start");
    expect(excel.inspect.cell(start?.sheet ?? "", (start?.range ?? "").replace(/\$/g, ""))?.formula).toBe("=EDATE(GoLive,-7)");
    await expect(host.hasPlan()).resolves.toMatchObject({ goLive: "2027-05-03", phaseStarts: { F1: { amount: -7, unit: "months" } } });
  });

  it("after an update Excel interrupted twice, the pane still finds the plan, and the next update finishes it", async () => {
    const { host, excel } = fakeExcelPlanHost();
    await host.createPlan(AARHUS);
    excel.typeInto(PRJ, "D5", "Anne Hansen");
    excel.resetStats();
    excel.failSync(3, { code: "GeneralException", message: "Internal error", afterActions: 60 });
    excel.failSync(4, { code: "GeneralException", message: "Internal error" });
    const request = { ...AARHUS, goLive: "2027-05-03", phaseStarts: { F1: { amount: -7, unit: "months" } } } as const;
    expect((await failure(host.updatePlan(request))).message).toMatch(/afbrudt, .* Intet af det, du har skrevet, er tabt/);
    await expect(host.hasPlan()).resolves.not.toBeNull();
    await host.updatePlan(request);
    expect(excel.inspect.sheets().filter((s) => s.name.startsWith("Implan_ny"))).toEqual([]);
    expect(excel.inspect.cell(PRJ, "D5")?.value).toBe("Anne Hansen");
    await expect(host.hasPlan()).resolves.toMatchObject({ municipalityCode: "0751", solution: "SAPA", goLive: "2027-05-03", phaseStarts: { F1: { amount: -7, unit: "months" } } });
  });

  it("refuses an undocumented start outside the model's range before writing anything", async () => {
    const { host, excel } = fakeExcelPlanHost();
    await host.createPlan(AARHUS);
    excel.resetStats();
    const error = await failure(host.updatePlan({ ...AARHUS, phaseStarts: { F1: { amount: -12, unit: "months" } } }));
    expect(error.message).toMatch(/Fase 1 starter uden for modellens interval/);
    expect(excel.stats().syncs.every((s) => s.firstCellWriteAt === undefined)).toBe(true);
  });

  it("writes the Validering sheet, replaces its own sheet next time and never a sheet of the user's", async () => {
    const { host, excel } = fakeExcelPlanHost();
    await host.createPlan(AARHUS);
    excel.typeInto(PRJ, "H5", "Færdig");
    const report = await host.readAndValidate({ today: TODAY });
    await expect(host.writeValidationSheet({ report })).resolves.toEqual({ sheet: "Validering" });
    await host.writeValidationSheet({ report });
    expect(excel.inspect.sheets().filter((s) => s.name.startsWith("Validering") || s.name.startsWith("Implan_Validering"))).toHaveLength(1);
    expect(excel.inspect.activeSheet()).toBe("Validering");
    const table = excel.inspect.tables().find((t) => t.name === "Implan_Validering");
    expect(table?.headers).toEqual(["Alvor", "Ark", "Celle", "ID", "Besked", "Regel"]);
    const row = excel.inspect.cells("Validering").find((c) => c.formula?.includes("!H5"));
    expect(row?.formula).toBe(`=HYPERLINK("#'${PRJ}'!H5","H5")`);
    expect(excel.inspect.cells("Validering").map((c) => c.value)).toEqual(expect.arrayContaining(["Validering af implementeringsplanen", "Fejl", "Ikke klar"]));

    const other = fakeExcelPlanHost();
    other.excel.addSheet("Validering");
    other.excel.typeInto("Validering", "A1", "Mine egne noter");
    const refused = await failure(other.host.writeValidationSheet({ report }));
    expect(refused.message).toMatch(/allerede et ark ved navn "Validering", som tilføjelsen ikke har skrevet/);
    expect(other.excel.inspect.cell("Validering", "A1")?.value).toBe("Mine egne noter");
  });

  it("takes the user to a finding's cell: its sheet active, the cell selected", async () => {
    const { host, excel } = fakeExcelPlanHost();
    await host.createPlan(AARHUS);
    await host.selectCell(PRJ, "H5");
    expect(excel.inspect.selection()).toEqual({ sheet: PRJ, address: "H5" });
    expect(excel.inspect.activeSheet()).toBe(PRJ);
  });

  it("says when a finding's sheet is gone or hidden", async () => {
    const { host } = fakeExcelPlanHost();
    await host.createPlan(AARHUS);
    expect((await failure(host.selectCell("Slettet ark", "A1"))).message).toMatch(/Arket "Slettet ark" findes ikke længere/);
    expect((await failure(host.selectCell("Lister", "A1"))).message).toMatch(/Arket "Lister" er skjult/);
  });
});
