/** @jest-environment jsdom */
/** The model browser: phases and themes as accordions with the model's own texts. */
import { screen, within } from "@testing-library/react";
import ModelView from "../../src/taskpane/views/ModelView";
import { memoryHost } from "./support/memoryHost";
import { renderView } from "./support/render";

describe("Modellen", () => {
  it("lists the four phases and the seven themes as buttons that open them", () => {
    renderView(ModelView, memoryHost());
    const phases = screen.getByRole("region", { name: "Faser" });
    expect(within(phases).getAllByRole("button").map((b) => b.textContent)).toEqual(["Fase 1 Opstart", "Fase 2 Forberedelse", "Fase 3 Ibrugtagning", "Fase 4 Forankring"]);
    expect(within(screen.getByRole("region", { name: "Temaer og opgaver" })).getAllByRole("button")).toHaveLength(7);
  });

  it("shows a phase's start, focus, effect, actors and success criteria when opened", async () => {
    const { user } = renderView(ModelView, memoryHost());
    const button = screen.getByRole("button", { name: "Fase 1 Opstart" });
    expect(button.getAttribute("aria-expanded")).toBe("false");
    button.focus();
    await user.keyboard("{Enter}");
    expect(button.getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByText("9-6 måneder før go-live")).toBeTruthy();
    expect(screen.getByText(/forankrer implementeringsprojektet/)).toBeTruthy();
    expect(screen.getByText("Topleder/direktører")).toBeTruthy();
    expect(screen.getByText("Succeskriterier (4)")).toBeTruthy();
    expect(screen.getByText(/^F1-K1: Topledelsens involvering/)).toBeTruthy();
  });

  it("shows a theme's purpose and its tasks with their suggested phase", async () => {
    const { user } = renderView(ModelView, memoryHost());
    await user.click(screen.getByRole("button", { name: /^Ud-\/indfasning/ }));
    expect(screen.getByText("Opgaver (7)")).toBeTruthy();
    expect(screen.getByText(/Etabler hyper-care/)).toBeTruthy();
    expect(screen.getAllByText("Forslag: Fase 3 Ibrugtagning").length).toBeGreaterThan(0);
  });

  it("speaks English when Office does", () => {
    renderView(ModelView, memoryHost(), "en");
    expect(screen.getByRole("button", { name: "Phase 1 Initiation" })).toBeTruthy();
  });
});
