/** @jest-environment jsdom */
/**
 * The task pane with the real Office.js adapter on the strict fake host: a create whose write sync
 * fails midway (injected by the fake) keeps the form, the user's sheet and the workbook free of a
 * half plan, says what happened and how to retry, and the retry creates the plan; clicking the
 * button again while an operation runs does not start a second one.
 */
import "./support/nodeGlobals";
import { screen, waitFor, within } from "@testing-library/react";
import CreatePlanView from "../../src/taskpane/views/CreatePlanView";
import type { PlanHost } from "../../src/taskpane/host";
import { deferred, expectLoggedErrors } from "../addin/support/memoryHost";
import { renderView } from "../addin/support/render";
import { FRONT } from "./support/plans";
import { fakePlanHost } from "./support/planHost";

const NOTE = "Mine egne noter – må ikke forsvinde 🙂";

afterEach(() => jest.restoreAllMocks());

test("a create that fails midway keeps everything, says why and how to retry, and a second click starts nothing", async () => {
  const logs = expectLoggedErrors();
  const { excel, host } = fakePlanHost();
  excel.typeInto("Ark1", "A1", NOTE);
  const gate = deferred<void>();
  const createPlan = jest.fn(async (...args: Parameters<PlanHost["createPlan"]>) => {
    await gate.promise;
    return host.createPlan(...args);
  });
  const { user } = renderView(CreatePlanView, { ...host, createPlan });
  await screen.findByRole("heading", { level: 2, name: "Opret plan" });
  await user.type(screen.getByRole("combobox", { name: /Kommune/ }), "århus");
  await user.click(await screen.findByRole("option", { name: /Aarhus/ }));
  await user.type(screen.getByRole("textbox", { name: /Løsning/ }), "SAPA");
  await user.type(screen.getByLabelText(/^Go-live/), "2027-03-01");

  const button = screen.getByRole("button", { name: "Opret plan" });
  await user.click(button);
  await user.click(button);
  expect(createPlan).toHaveBeenCalledTimes(1);

  // The second round trip of the create is the one that writes the plan; it fails after 400 actions.
  excel.failSync(2, { code: "GeneralException", message: "injected", afterActions: 400 });
  gate.resolve();
  const alert = (await screen.findByText("Planen blev ikke oprettet")).closest<HTMLElement>("[role=alert]") as HTMLElement;
  expect(alert.textContent).toContain("Excel kunne ikke oprette planen (GeneralException). Prøv igen; sker det igen, så gem og genåbn projektmappen, og prøv en gang til.");
  expect(alert.textContent).toMatch(/Intet af det, du har skrevet, er gået tabt/);
  expect((screen.getByRole("textbox", { name: /Løsning/ }) as HTMLInputElement).value).toBe("SAPA");
  expect(excel.inspect.sheets().map((s) => s.name)).toEqual(["Ark1"]);
  expect(excel.inspect.cell("Ark1", "A1")?.value).toBe(NOTE);

  await user.click(within(alert).getByRole("button", { name: "Prøv igen" }));
  expect(await screen.findByText(/Planen for Aarhus er oprettet/)).toBeTruthy();
  await waitFor(() => expect(createPlan).toHaveBeenCalledTimes(2));
  expect(excel.inspect.sheets().map((s) => s.name)).toEqual(expect.arrayContaining(["Ark1", FRONT]));
  expect(excel.inspect.cell("Ark1", "A1")?.value).toBe(NOTE);
  expect(logs.logged()).toBeGreaterThan(0);
});
