/** @jest-environment jsdom */
/** The plan form as a project leader uses it, found by role and label. */
import { act, screen, waitFor, within } from "@testing-library/react";
import { UserError } from "../../src/model/errors";
import CreatePlanView from "../../src/taskpane/views/CreatePlanView";
import { deferred, expectLoggedErrors, memoryHost, samplePlan, type MemoryHost } from "./support/memoryHost";
import { renderView } from "./support/render";

async function openForm(host: MemoryHost = memoryHost(), language: "da" | "en" = "da") {
  const view = renderView(CreatePlanView, host, language);
  await waitFor(() => expect(host.hasPlan).toHaveBeenCalled());
  await screen.findByRole("heading", { level: 2 });
  return view;
}

async function fillIn(user: ReturnType<typeof renderView>["user"], goLive = "2027-03-01") {
  await user.type(screen.getByRole("combobox", { name: /Kommune/ }), "århus");
  await user.click(await screen.findByRole("option", { name: /Aarhus/ }));
  await user.type(screen.getByRole("textbox", { name: /Løsning/ }), "SAPA");
  await user.type(screen.getByRole("spinbutton", { name: /Udrulningsbølge/ }), "1");
  await user.type(screen.getByLabelText(/^Go-live/), goLive);
}

// A failed assertion must not leave console.error silenced for the next test.
afterEach(() => jest.restoreAllMocks());

describe("Opret plan", () => {
  it("has a labelled, keyboard-reachable field for everything a plan is made from", async () => {
    await openForm();
    expect(screen.getByRole("heading", { level: 2, name: "Opret plan" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: /Kommune/ })).toBeTruthy();
    expect(screen.getByRole("textbox", { name: /Løsning/ })).toBeTruthy();
    expect(screen.getByRole("spinbutton", { name: /Udrulningsbølge/ })).toBeTruthy();
    expect((screen.getByLabelText(/^Go-live/) as HTMLInputElement).type).toBe("date");
    expect(screen.getAllByRole("switch")).toHaveLength(4);
    expect(screen.getByRole("button", { name: "Opret plan" })).toBeTruthy();
  });

  it("filters the 98 municipalities by name, spelling and code", async () => {
    const { user } = await openForm();
    const combobox = screen.getByRole("combobox", { name: /Kommune/ });
    await user.type(combobox, "0751");
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual(["Aarhus0751"]);
    await user.clear(combobox);
    await user.type(combobox, "høje");
    expect(screen.getAllByRole("option").map((o) => o.textContent)).toEqual(["Høje-Taastrup0169"]);
  });

  it("shows the four phases' dates for the chosen go-live, and the date the Danish way", async () => {
    const { user } = await openForm();
    await user.type(screen.getByLabelText(/^Go-live/), "2027-03-01");
    expect(screen.getByText("01-03-2027 (mandag den 1. marts 2027)")).toBeTruthy();
    const phase1 = screen.getByRole("region", { name: "Fase 1 Opstart" });
    expect(within(phase1).getByText("01-06-2026 – 31-08-2026")).toBeTruthy();
    expect(within(phase1).getByText(/Modellen: 9-6 måneder før go-live/)).toBeTruthy();
    expect(within(screen.getByRole("region", { name: "Fase 4 Forankring" })).getByText("15-03-2027 – 14-03-2028")).toBeTruthy();
  });

  it("creates the plan with what was entered", async () => {
    const host = memoryHost();
    const { user } = await openForm(host);
    await fillIn(user);
    await user.click(screen.getByRole("button", { name: "Opret plan" }));
    expect(await screen.findByText("Planen for Aarhus er oprettet med go-live 01-03-2027.")).toBeTruthy();
    expect(host.createPlan.mock.calls[0][0]).toEqual({ municipalityCode: "0751", solution: "SAPA", wave: 1, goLive: "2027-03-01", lang: "da", phaseStarts: {}, deviations: [] });
    // The workbook now has a plan: the same form updates it.
    expect(screen.getByRole("heading", { level: 2, name: "Opdater plan" })).toBeTruthy();
  });

  it("says what is missing and sends nothing", async () => {
    const host = memoryHost();
    const { user } = await openForm(host);
    await user.click(screen.getByRole("button", { name: "Opret plan" }));
    expect(screen.getByText("Vælg en kommune på listen.")).toBeTruthy();
    expect(screen.getByText(/Der mangler en dato/)).toBeTruthy();
    expect(screen.getAllByRole("alert").map((alert) => alert.textContent)).toContain("Ret felterne markeret herover.");
    expect(host.createPlan).not.toHaveBeenCalled();
  });

  it("asks for a documented, approved deviation when a phase starts outside the model's range", async () => {
    const host = memoryHost();
    const { user } = await openForm(host);
    await fillIn(user);
    await user.click(screen.getByRole("switch", { name: "Anden start for Fase 1 Opstart" }));
    const amount = screen.getByRole("spinbutton", { name: "Fase 1 Opstart: antal" });
    await user.clear(amount);
    await user.type(amount, "10");
    expect(screen.getByText(/Uden for modellens interval \(9-6 måneder før go-live\)/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Opret plan" }));
    expect(screen.getByText("Beskriv afvigelsen fra modellen.")).toBeTruthy();
    expect(host.createPlan).not.toHaveBeenCalled();
    await user.type(screen.getByRole("textbox", { name: /Afvigelse for Fase 1/ }), "Lang opsigelsesperiode");
    await user.type(screen.getByRole("textbox", { name: /Godkendt af \(Fase 1/ }), "Metodeansvarlig, KOMBIT");
    await user.click(screen.getByRole("button", { name: "Opret plan" }));
    await waitFor(() => expect(host.createPlan).toHaveBeenCalledTimes(1));
    expect(host.createPlan.mock.calls[0][0]).toMatchObject({
      phaseStarts: { F1: { amount: -10, unit: "months" } },
      deviations: [{ field: "phaseStarts.F1", description: "Lang opsigelsesperiode", approvedBy: "Metodeansvarlig, KOMBIT" }],
    });
  });

  it("shows the model's own message when phases fall out of order", async () => {
    const { user } = await openForm();
    await fillIn(user);
    await user.click(screen.getByRole("switch", { name: "Anden start for Fase 2 Forberedelse" }));
    const amount = screen.getByRole("spinbutton", { name: "Fase 2 Forberedelse: antal" });
    await user.clear(amount);
    await user.type(amount, "10");
    await user.click(screen.getByRole("button", { name: "Opret plan" }));
    expect(screen.getByText(/Fase 2 \(10 måneder før go-live\) skal starte efter fase 1 \(9 måneder før go-live\)\./)).toBeTruthy();
  });

  it("keeps every entry when Excel fails, says why and how to retry, and retries", async () => {
    const logs = expectLoggedErrors();
    const host = memoryHost();
    host.createPlan.mockRejectedValueOnce(new UserError({ da: "Excel er ved at redigere en celle. Tryk Enter eller Esc i cellen, og prøv igen.", en: "Excel is editing a cell." }));
    const { user } = await openForm(host);
    await fillIn(user);
    await user.click(screen.getByRole("button", { name: "Opret plan" }));
    const alert = (await screen.findByText("Planen blev ikke oprettet")).closest<HTMLElement>("[role=alert]") as HTMLElement;
    expect(alert.textContent).toMatch(/Planen blev ikke oprettet/);
    expect(alert.textContent).toMatch(/Excel er ved at redigere en celle/);
    expect(alert.textContent).toMatch(/Intet af det, du har skrevet, er gået tabt/);
    expect((screen.getByRole("combobox", { name: /Kommune/ }) as HTMLInputElement).value).toBe("Aarhus (0751)");
    expect((screen.getByRole("textbox", { name: /Løsning/ }) as HTMLInputElement).value).toBe("SAPA");
    expect((screen.getByLabelText(/^Go-live/) as HTMLInputElement).value).toBe("2027-03-01");
    await user.click(within(alert).getByRole("button", { name: "Prøv igen" }));
    expect(await screen.findByText(/Planen for Aarhus er oprettet/)).toBeTruthy();
    expect(host.createPlan).toHaveBeenCalledTimes(2);
    expect(logs.logged()).toBeGreaterThan(0);
    logs.restore();
  });

  it("starts one create however often the button is clicked, and shows progress after half a second", async () => {
    const host = memoryHost();
    const pending = deferred<Awaited<ReturnType<MemoryHost["createPlan"]>>>();
    host.createPlan.mockImplementation((_request, progress) => {
      progress?.({ da: "Skriver planen i Excel …", en: "Writing the plan into Excel …" });
      return pending.promise;
    });
    const { user } = await openForm(host);
    await fillIn(user);
    const button = screen.getByRole("button", { name: "Opret plan" });
    await user.click(button);
    await user.click(button);
    await user.keyboard("{Enter}");
    expect(button.getAttribute("aria-disabled")).toBe("true");
    expect(await screen.findByText("Skriver planen i Excel …", {}, { timeout: 2000 })).toBeTruthy();
    expect(host.createPlan).toHaveBeenCalledTimes(1);
    await act(async () => pending.resolve({ windows: [], notes: [{ da: "Udskriftsopsætning er udeladt.", en: "Print setup was left out." }] }));
    expect(await screen.findByText("Udskriftsopsætning er udeladt.")).toBeTruthy();
  });

  it("fills the form from the plan in the workbook and updates it", async () => {
    const host = memoryHost();
    host.hasPlan.mockResolvedValue(samplePlan({ phaseStarts: { F1: { amount: -8, unit: "months" } } }));
    const { user } = await openForm(host);
    expect(screen.getByRole("heading", { level: 2, name: "Opdater plan" })).toBeTruthy();
    const municipality = screen.getByRole("combobox", { name: /Kommune/ }) as HTMLInputElement;
    expect(municipality.value).toBe("Aarhus (0751)");
    expect(municipality.disabled).toBe(true);
    expect((screen.getByRole("spinbutton", { name: "Fase 1 Opstart: antal" }) as HTMLInputElement).value).toBe("8");
    const goLive = screen.getByLabelText(/^Go-live/);
    await user.clear(goLive);
    await user.type(goLive, "2027-05-03");
    await user.click(screen.getByRole("button", { name: "Opdater plan" }));
    expect(await screen.findByText("Planen er opdateret: go-live 03-05-2027. Alle indtastninger er bevaret.")).toBeTruthy();
    expect(host.updatePlan.mock.calls[0][0]).toMatchObject({ goLive: "2027-05-03", phaseStarts: { F1: { amount: -8, unit: "months" } }, wave: 2 });
    expect(host.createPlan).not.toHaveBeenCalled();
  });

  it("speaks English when Office does", async () => {
    await openForm(memoryHost(), "en");
    expect(screen.getByRole("heading", { level: 2, name: "Create plan" })).toBeTruthy();
    expect(screen.getByRole("combobox", { name: /Municipality/ })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Create plan" })).toBeTruthy();
  });
});
