/**
 * Entry of taskpane-fake.html, built only for tests: the real pane and the real adapter
 * (createExcelPlanHost) on the strict fake Excel host, so a browser test can create a plan,
 * validate it and choose a finding, then look inside the fake workbook through `window.implanFake`.
 * `?lang=en` and `?theme=dark` play Office's display language and theme.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { Pane } from "../../../src/taskpane/components/Pane";
import type { CellChange, PlanHost } from "../../../src/taskpane/host";
import { resolveLanguage } from "../../../src/taskpane/i18n";
import { themeFor } from "../../../src/taskpane/theme";
import { civilDate } from "../../../src/plan/dates";
import { fakeExcelPlanHost } from "../support/fakeExcelHost";
import { fakeSelection, type FakeSelection } from "../support/fakeSelection";

/** Validation's "today", fixed so screenshots do not change with the calendar. */
const TODAY = civilDate(2026, 10, 1);

const params = new URLSearchParams(window.location.search);
const language = resolveLanguage(params.get("lang") ?? "da");
const { excel, host } = fakeExcelPlanHost();

// The fake host has no events, so the page plays Excel's table-change event when the test types.
const listeners = new Set<(changes: CellChange[]) => void>();
const pageHost: PlanHost = {
  ...host,
  describe: async () => ({ platform: "web", excelApi: "1.17" }),
  readAndValidate: (options, progress) => host.readAndValidate({ today: TODAY, ...options }, progress),
  watchChanges: async (onChange) => {
    listeners.add(onChange);
    return () => listeners.delete(onChange);
  },
};

declare global {
  interface Window {
    implanFake: {
      typeInto(sheet: string, address: string, value: string | number): void;
      activeSheet(): string | undefined;
      selection(): FakeSelection | undefined;
      sheets(): string[];
    };
  }
}

window.implanFake = {
  typeInto(sheet, address, value) {
    excel.typeInto(sheet, address, value);
    for (const listener of listeners) listener([{ sheet, address }]);
  },
  activeSheet: () => excel.inspect.activeSheet(),
  selection: () => fakeSelection(excel),
  sheets: () => excel.inspect.sheets().map((s) => s.name),
};

const container = document.getElementById("root");
if (!container) throw new Error("taskpane-fake.html has no element with id 'root'");
document.documentElement.lang = language;
createRoot(container).render(
  <StrictMode>
    <Pane theme={themeFor({ isDarkTheme: params.get("theme") === "dark" })} host={pageHost} language={language} />
  </StrictMode>,
);
