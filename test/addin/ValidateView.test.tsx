/** @jest-environment jsdom */
/** The validation view: findings to click, gates, the Validering sheet and live checking. */
import { act, screen, waitFor, within } from "@testing-library/react";
import { UserError } from "../../src/model/errors";
import ValidateView, { LIVE_ROW_LIMIT } from "../../src/taskpane/views/ValidateView";
import { PRJ, expectLoggedErrors, memoryHost, sampleReport, type MemoryHost } from "./support/memoryHost";
import { renderView } from "./support/render";

async function validated(host: MemoryHost = memoryHost(), language: "da" | "en" = "da") {
  const view = renderView(ValidateView, host, language);
  await view.user.click(screen.getByRole("button", { name: language === "da" ? "Valider nu" : "Validate now" }));
  await screen.findByRole("region", { name: language === "da" ? "Faseovergange" : "Phase transitions" });
  return view;
}

// A failed assertion must not leave console.error silenced for the next test.
afterEach(() => jest.restoreAllMocks());

describe("Valider", () => {
  it("lists findings by severity, then sheet", async () => {
    await validated();
    expect(screen.getByText("1 fejl og 2 advarsler (kontrolleret 26-11-2026).")).toBeTruthy();
    const errors = screen.getByRole("region", { name: "Fejl" });
    expect(within(errors).getByRole("heading", { name: "Fejl (1)" })).toBeTruthy();
    expect(within(errors).getByRole("heading", { name: PRJ })).toBeTruthy();
    const warnings = screen.getByRole("region", { name: "Advarsler" });
    expect(within(warnings).getAllByRole("heading", { level: 4 }).map((h) => h.textContent)).toEqual([PRJ, "Fase 1 Opstart"]);
    expect(within(warnings).getAllByRole("button").map((b) => b.textContent)).toEqual(["G7 · PRJ-03Deadline er overskredet.", "D6 · F1-K2Delvist opfyldt uden begrundelse."]);
  });

  it("takes the user to a finding's cell, by mouse or keyboard", async () => {
    const host = memoryHost();
    const { user } = await validated(host);
    await user.click(screen.getByRole("button", { name: /H5 · PRJ-01/ }));
    expect(host.selectCell).toHaveBeenLastCalledWith(PRJ, "H5");
    screen.getByRole("button", { name: /D6 · F1-K2/ }).focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(host.selectCell).toHaveBeenLastCalledWith("Fase 1 Opstart", "D6"));
  });

  it("says when a cell cannot be shown", async () => {
    const logs = expectLoggedErrors();
    const host = memoryHost();
    host.selectCell.mockRejectedValue(new UserError({ da: 'Arket "X" findes ikke længere.', en: 'The sheet "X" no longer exists.' }));
    const { user } = await validated(host);
    await user.click(screen.getByRole("button", { name: /H5/ }));
    expect(await screen.findByText('Arket "X" findes ikke længere.')).toBeTruthy();
    expect(screen.getByText("Cellen kunne ikke vælges")).toBeTruthy();
    expect(logs.logged()).toBeGreaterThan(0);
    logs.restore();
  });

  it("shows each phase transition as ready or not, with the reasons", async () => {
    await validated();
    const gates = screen.getByRole("region", { name: "Faseovergange" });
    const items = within(gates).getAllByRole("listitem").filter((item) => item.parentElement?.parentElement === gates);
    expect(items.map((item) => within(item).getByText(/^(Klar|Ikke klar)$/).textContent)).toEqual(["Ikke klar", "Klar", "Ikke klar"]);
    expect(within(items[0]).getByText("Faseovergang 1→2")).toBeTruthy();
    expect(within(items[0]).getByText("F1-K1 er ikke vurderet")).toBeTruthy();
  });

  it("writes the Validering sheet on request", async () => {
    const host = memoryHost();
    const { user } = await validated(host);
    await user.click(screen.getByRole("button", { name: "Skriv Validering-ark" }));
    expect(await screen.findByText('Arket "Validering" er skrevet og vist.')).toBeTruthy();
    expect(host.writeValidationSheet.mock.calls[0][0]).toEqual({ report: sampleReport() });
  });

  it("cannot write the sheet before there is something to write", () => {
    renderView(ValidateView, memoryHost());
    expect(screen.getByRole("button", { name: "Skriv Validering-ark" }).getAttribute("aria-disabled")).toBe("true");
  });

  it("says why validation failed and validates again on retry", async () => {
    const logs = expectLoggedErrors();
    const host = memoryHost();
    host.readAndValidate.mockRejectedValueOnce(new UserError({ da: "workbook er ikke en implementeringsplan.", en: "workbook is not an implementation plan." }));
    const { user } = renderView(ValidateView, host);
    await user.click(screen.getByRole("button", { name: "Valider nu" }));
    const title = await screen.findByText("Planen blev ikke kontrolleret");
    const alert = title.closest<HTMLElement>("[role=alert]") as HTMLElement;
    expect(alert.textContent).toMatch(/ikke en implementeringsplan/);
    await user.click(within(alert).getByRole("button", { name: "Prøv igen" }));
    expect(await screen.findByRole("region", { name: "Faseovergange" })).toBeTruthy();
    expect(logs.logged()).toBeGreaterThan(0);
    logs.restore();
  });

  it("checks again after edits to the plan's tables, once per pause, and marks the changed rows", async () => {
    const host = memoryHost();
    await validated(host);
    expect((screen.getByRole("switch", { name: "Valider løbende" }) as HTMLInputElement).checked).toBe(true);
    await waitFor(() => expect(host.watchChanges).toHaveBeenCalledTimes(1));
    expect(screen.queryByText("Ændret")).toBeNull();
    act(() => {
      host.emit([{ sheet: PRJ, address: "H5" }]);
      host.emit([{ sheet: PRJ, address: "D5:E5" }]);
    });
    expect(await screen.findByText("Løbende kontrol: 1 ændret række, 1 fund i dem.", {}, { timeout: 3000 })).toBeTruthy();
    expect(host.readAndValidate).toHaveBeenCalledTimes(2);
    expect(within(screen.getByRole("button", { name: /H5 · PRJ-01/ })).getByText("Ændret")).toBeTruthy();
    expect(within(screen.getByRole("button", { name: /G7 · PRJ-03/ })).queryByText("Ændret")).toBeNull();
  });

  it("stops listening when switched off", async () => {
    const host = memoryHost();
    const { user } = await validated(host);
    await waitFor(() => expect(host.listeners.size).toBe(1));
    await user.click(screen.getByRole("switch", { name: "Valider løbende" }));
    expect(host.listeners.size).toBe(0);
  });

  it("starts with live checking off on a very large workbook", async () => {
    const host = memoryHost();
    host.readAndValidate.mockResolvedValue(sampleReport({ rows: LIVE_ROW_LIMIT + 1 }));
    await validated(host);
    expect((screen.getByRole("switch", { name: "Valider løbende" }) as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText(/Slået fra, fordi planen har 1501 rækker/)).toBeTruthy();
    expect(host.watchChanges).not.toHaveBeenCalled();
  });

  it("says so when live checking cannot start", async () => {
    const logs = expectLoggedErrors();
    const host = memoryHost();
    host.watchChanges.mockRejectedValue(new UserError({ da: "Excel kunne ikke følge ændringer i planen.", en: "Excel could not follow changes." }));
    await validated(host);
    expect(await screen.findByText("Excel kunne ikke følge ændringer i planen.")).toBeTruthy();
    expect(logs.logged()).toBeGreaterThan(0);
    logs.restore();
  });

  it("speaks English when Office does", async () => {
    await validated(memoryHost(), "en");
    expect(screen.getByRole("heading", { name: "Errors (1)" })).toBeTruthy();
    expect(screen.getByText("The deadline has passed.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Write Validation sheet" })).toBeTruthy();
  });
});
