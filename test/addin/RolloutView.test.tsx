/** @jest-environment jsdom */
/**
 * The Udrulning view as a consultant uses it: pick returned plans (real .xlsx files made here),
 * read them in the "browser", see each file's result, write the status, and make a wave's plans.
 */
import { screen, waitFor, within } from "@testing-library/react";
import JSZip from "jszip";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";
import { resolveMunicipality } from "../../src/model";
import { UserError } from "../../src/model/errors";
import { parseIsoDate } from "../../src/plan/dates";
import type { RolloutPlan } from "../../src/plan/rollup/rollout";
import { fileBytes } from "../../src/taskpane/rollout/readPlans";
import RolloutView from "../../src/taskpane/views/RolloutView";
import { OUTCOME_LABELS } from "../../src/workbook/rollup/labels";
import { deferred, expectLoggedErrors, memoryHost } from "./support/memoryHost";
import { brokenFile, planFile } from "./support/planFiles";
import { renderView } from "./support/render";

jest.setTimeout(60_000);

// jsdom lacks the encoders every browser has; the byte checks decode XML with them.
Object.assign(globalThis, { TextDecoder: globalThis.TextDecoder ?? NodeTextDecoder, TextEncoder: globalThis.TextEncoder ?? NodeTextEncoder });

let files: File[];

beforeAll(async () => {
  files = [await planFile("Aarhus"), await planFile("Aalborg"), brokenFile(), await planFile("Aarhus", "aarhus-kopi.xlsx")];
});

afterEach(() => jest.restoreAllMocks());

/** Aarhus and Odense in wave 1: Aalborg's plan is outside it, and Odense sent none. */
function rollout(): RolloutPlan {
  const goLive = parseIsoDate("2027-03-01");
  const member = (line: number, name: string) => ({ line, municipality: resolveMunicipality(name), wave: 1, goLive });
  return { source: "projektmappen", waves: [{ wave: 1, goLive }], members: [member(5, "Aarhus"), member(6, "Odense")], problems: [] };
}

async function readFiles(host = memoryHost()) {
  const view = renderView(RolloutView, host);
  await view.user.upload(screen.getByLabelText(/Vælg planer/), files);
  expect(screen.getByText("4 filer valgt.")).toBeTruthy();
  await view.user.click(screen.getByRole("button", { name: "Læs 4 filer" }));
  const table = await screen.findByRole("table", { name: "Resultat pr. fil" }, { timeout: 30_000 });
  const rows = within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) => {
      const [who, errors, warnings] = within(row).getAllByRole("cell").map((cell) => cell.textContent ?? "");
      const outcome = Object.values(OUTCOME_LABELS).find((label) => within(row).queryByText(label.da))?.da;
      return { who, outcome, errors, warnings };
    });
  return { ...view, host, rows };
}

describe("Udrulning", () => {
  it("has a labelled file picker that takes several .xlsx files", () => {
    renderView(RolloutView, memoryHost());
    const input = screen.getByLabelText(/Vælg planer/) as HTMLInputElement;
    expect(input.type).toBe("file");
    expect(input.multiple).toBe(true);
    expect(input.accept).toMatch(/\.xlsx/);
    expect(screen.getByRole("button", { name: "Læs filerne" }).getAttribute("aria-disabled")).toBe("true");
  });

  it("is reached by keyboard: the file input is the view's first stop", async () => {
    const { user } = renderView(RolloutView, memoryHost());
    await user.tab();
    expect(document.activeElement).toBe(screen.getByLabelText(/Vælg planer/));
  });

  it("reads each file and shows what became of it: read, unreadable, duplicate", async () => {
    const { rows } = await readFiles();
    expect(rows.map((r) => [r.who.split(".xlsx")[0], r.outcome])).toEqual([
      ["AarhusLæstimplementeringsplan-0751-aarhus", "Læst"],
      ["AalborgLæstimplementeringsplan-0851-aalborg", "Læst"],
      ["Ukendt kommuneKan ikke læsesnoter", "Kan ikke læses"],
      ["AarhusDubletaarhus-kopi", "Dublet"],
    ]);
    expect(rows[2].who).toMatch(/noter\.xlsx er ikke en Excel-projektmappe/);
    expect(rows[2].errors).toBe("1");
    expect(rows[3].who).toMatch(/har også filen implementeringsplan-0751-aarhus\.xlsx, som er medtaget/);
    expect(screen.getByText("4 filer: 2 læst, 1 kan ikke læses, 1 dublet.")).toBeTruthy();
    expect(screen.getByText(/Projektmappen har ingen udrulning/)).toBeTruthy();
  });

  it("shows what it is doing once reading takes over half a second, and starts nothing else meanwhile", async () => {
    const host = memoryHost();
    const pending = deferred<RolloutPlan | null>();
    host.readRollout.mockReturnValue(pending.promise);
    const { user } = renderView(RolloutView, host);
    await user.upload(screen.getByLabelText(/Vælg planer/), files.slice(0, 1));
    await user.click(screen.getByRole("button", { name: "Læs 1 fil" }));
    expect(await screen.findByText("Læser udrulningen i projektmappen …", {}, { timeout: 2000 })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Læs 1 fil" }).getAttribute("aria-disabled")).toBe("true");
    expect(screen.getByRole("button", { name: "Læs udrulningen" }).getAttribute("aria-disabled")).toBe("true");
    pending.resolve(null);
    expect(await screen.findByRole("table", { name: "Resultat pr. fil" }, { timeout: 30_000 })).toBeTruthy();
  });

  it("uses the workbook's rollout: a plan outside it, and a municipality without a plan", async () => {
    const host = memoryHost();
    host.readRollout.mockResolvedValue(rollout());
    const { rows } = await readFiles(host);
    expect(rows.map((r) => r.outcome)).toEqual(["Læst", "Ikke i udrulningen", "Kan ikke læses", "Dublet", "Mangler"]);
    expect(rows[4].who).toMatch(/^OdenseManglerDer er ingen plan fra Odense/);
    expect(screen.getByText("Udrulningen i projektmappen: 2 kommuner i 1 bølge.")).toBeTruthy();
    expect(screen.getByText(/1 kommune i udrulningen mangler en plan\./)).toBeTruthy();
  });

  it("writes the status into the workbook and says what it wrote", async () => {
    const { user, host } = await readFiles();
    host.writeRollup.mockImplementation(async (description) => ({ sheets: [...description.sheets.map((s) => s.name), "Pivot"], replaced: [], kept: [], pivot: true, notes: [] }));
    await user.click(screen.getByRole("button", { name: "Skriv status i projektmappen" }));
    expect(await screen.findByText("Udrulningsstatus er skrevet: Overblik, Kommuner, Status, Kriterier, Filer, Fund, Udrulning, Pivot.")).toBeTruthy();
    const description = host.writeRollup.mock.calls[0][0];
    const status = description.sheets.flatMap((s) => s.tables).find((t) => t.name === "Status");
    expect(status?.rows).toHaveLength(2 * 34);
  });

  it("says why the status was not written, keeps the files and results, and writes on retry", async () => {
    const logs = expectLoggedErrors();
    const { user, host } = await readFiles();
    host.writeRollup.mockRejectedValueOnce(new UserError({ da: "Excel er ved at redigere en celle.", en: "Excel is editing a cell." }));
    await user.click(screen.getByRole("button", { name: "Skriv status i projektmappen" }));
    const alert = (await screen.findByText("Udrulningsstatus blev ikke skrevet")).closest<HTMLElement>("[role=alert]") as HTMLElement;
    expect(alert.textContent).toMatch(/redigere en celle/);
    expect(screen.getByText("4 filer valgt.")).toBeTruthy();
    expect(screen.getByRole("table", { name: "Resultat pr. fil" })).toBeTruthy();
    await user.click(within(alert).getByRole("button", { name: "Prøv igen" }));
    expect(await screen.findByText(/^Udrulningsstatus er skrevet/)).toBeTruthy();
    expect(host.writeRollup).toHaveBeenCalledTimes(2);
    logs.restore();
  });

  it("shows a note the host returns, such as a PivotTable left out", async () => {
    const { user, host } = await readFiles();
    host.writeRollup.mockResolvedValue({ sheets: ["Overblik"], replaced: [], kept: ["Udrulning"], pivot: false, notes: [{ da: "Pivottabellen er udeladt.", en: "No PivotTable." }] });
    await user.click(screen.getByRole("button", { name: "Skriv status i projektmappen" }));
    expect(await screen.findByText("Pivottabellen er udeladt.")).toBeTruthy();
    expect(screen.getByText("Beholdt som det var: Udrulning.")).toBeTruthy();
  });
});

describe("Generér planer for en bølge", () => {
  it("makes a plan per municipality of the chosen wave and offers them as one .zip", async () => {
    const host = memoryHost();
    host.readRollout.mockResolvedValue(rollout());
    const blobs: Blob[] = [];
    Object.assign(URL, { createObjectURL: jest.fn((blob: Blob) => (blobs.push(blob), "blob:planer")), revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => undefined);
    const { user } = renderView(RolloutView, host);
    await user.click(screen.getByRole("button", { name: "Læs udrulningen" }));
    const wave = await screen.findByRole("combobox", { name: "Bølge" });
    expect(within(wave).getAllByRole("option").map((o) => o.textContent)).toEqual(["Bølge 1 · 2 kommuner · 01-03-2027"]);
    await user.type(screen.getByRole("textbox", { name: /Løsning/ }), "SAPA");
    await user.click(screen.getByRole("button", { name: "Generér planer (.zip)" }));
    expect(await screen.findByText("2 planer er lavet og hentet som implementeringsplaner-boelge-1.zip.", {}, { timeout: 30_000 })).toBeTruthy();
    expect(click).toHaveBeenCalledTimes(1);
    const zip = await JSZip.loadAsync(await fileBytes(blobs[0]));
    expect(Object.keys(zip.files).sort()).toEqual(["implementeringsplan-0461-odense.xlsx", "implementeringsplan-0751-aarhus.xlsx"]);
  });

  it("says so when the workbook has no rollout", async () => {
    const { user } = renderView(RolloutView, memoryHost());
    await user.click(screen.getByRole("button", { name: "Læs udrulningen" }));
    expect(await screen.findByText(/Projektmappen har ingen tabel Udrulning/)).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole("button", { name: "Generér planer (.zip)" })).toBeNull());
  });
});
