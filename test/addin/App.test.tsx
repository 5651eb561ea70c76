/** @jest-environment jsdom */
/** The pane as a user meets it, found by role and name. */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import type { HostDescription, PlanHost } from "../../src/taskpane/host";
import type { Language } from "../../src/taskpane/i18n";
import { memoryHost } from "./support/memoryHost";

function renderApp(host: PlanHost | null, language: Language = "da") {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App host={host} language={language} />
    </FluentProvider>,
  );
}

function fakeHost(description: HostDescription | Error): PlanHost {
  const host = memoryHost();
  host.describe.mockImplementation(() => (description instanceof Error ? Promise.reject(description) : Promise.resolve(description)));
  return host;
}

describe("App outside Office", () => {
  it("tells the user to open the page in Excel, and how", () => {
    renderApp(null);
    expect(screen.getByRole("heading", { level: 1, name: "Åbn denne side i Excel" })).toBeTruthy();
    expect(screen.getByText(/Upload mit tilføjelsesprogram/)).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: "Open this page in Excel" })).toBeTruthy();
  });

  it("speaks English first when Office's language is English", () => {
    renderApp(null, "en");
    expect(screen.getByRole("heading", { level: 1, name: "Open this page in Excel" })).toBeTruthy();
    expect(screen.getByRole("heading", { level: 2, name: "Åbn denne side i Excel" })).toBeTruthy();
  });

  it("shows no features", () => {
    renderApp(null);
    expect(screen.queryByRole("tablist")).toBeNull();
  });
});

describe("App in Excel", () => {
  it("shows the views as tabs and opens the first", async () => {
    renderApp(fakeHost({ platform: "web", excelApi: "1.17" }));
    expect(screen.getByRole("heading", { level: 1, name: "Implementeringsplan" })).toBeTruthy();
    expect(screen.getAllByRole("tab")).toHaveLength(4);
    for (const name of ["Plan", "Valider", "Udrulning", "Modellen"]) expect(screen.getByRole("tab", { name })).toBeTruthy();
    expect(await screen.findByRole("heading", { level: 2, name: "Opret plan" })).toBeTruthy();
    expect(screen.getByRole("tabpanel", { name: "Plan" })).toBeTruthy();
    expect(await screen.findByText("Excel på nettet · ExcelApi 1.17")).toBeTruthy();
  });

  it("switches view when a tab is chosen", async () => {
    renderApp(fakeHost({ platform: "web", excelApi: "1.17" }));
    await userEvent.click(screen.getByRole("tab", { name: "Modellen" }));
    expect(await screen.findByRole("heading", { level: 2, name: "Modellen" })).toBeTruthy();
    expect(screen.getByRole("tab", { name: "Modellen" }).getAttribute("aria-selected")).toBe("true");
  });

  it("says which Excel it runs in", async () => {
    renderApp(fakeHost({ platform: "windows", excelApi: "1.7" }), "en");
    expect(await screen.findByText("Excel for Windows · ExcelApi 1.7")).toBeTruthy();
  });

  it("says so when the host cannot describe itself", async () => {
    renderApp(fakeHost(new Error("no context")));
    expect(await screen.findByText("Kunne ikke læse oplysninger om Excel.")).toBeTruthy();
  });
});
