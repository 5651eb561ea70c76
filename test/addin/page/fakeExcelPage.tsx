/**
 * Entry of taskpane-fake.html, built only for tests: the real pane and the real adapter
 * (createExcelPlanHost) on the strict fake Excel host, so a browser test can create a plan,
 * validate it and choose a finding, roll returned plans up, then look inside the fake workbook
 * through `window.implanFake`.
 * `?lang=en` and `?theme=dark` play Office's display language and theme.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { Pane } from "../../../src/taskpane/components/Pane";
import type { PlanHost } from "../../../src/taskpane/host";
import { resolveLanguage } from "../../../src/taskpane/i18n";
import { themeFor } from "../../../src/taskpane/theme";
import { civilDate } from "../../../src/plan/dates";
import { pivotsOf } from "../../fakes/pivotTable";
import { fakeExcelPlanHost } from "../support/fakeExcelHost";

/** Validation's "today", fixed so screenshots do not change with the calendar. */
const TODAY = civilDate(2026, 10, 1);

const params = new URLSearchParams(window.location.search);
const language = resolveLanguage(params.get("lang") ?? "da");
const { excel, host } = fakeExcelPlanHost();

// Live checking hears the fake's own table-change events (tables.onChanged), as it would Excel's.
const pageHost: PlanHost = {
  ...host,
  describe: async () => ({ platform: "web", excelApi: "1.17" }),
  readAndValidate: (options, progress) => host.readAndValidate({ today: TODAY, ...options }, progress),
};

declare global {
  interface Window {
    implanFake: {
      typeInto(sheet: string, address: string, value: string | number): void;
      activeSheet(): string | undefined;
      selection(): { sheet: string; address: string } | undefined;
      sheets(): string[];
      tables(): { name: string; sheet: string; address: string; headers: string[] }[];
      pivots(): { name: string; sheet: string; source: string; rows: string[]; columns: string[] }[];
    };
  }
}

window.implanFake = {
  typeInto: (sheet, address, value) => excel.typeInto(sheet, address, value),
  activeSheet: () => excel.inspect.activeSheet(),
  selection: () => excel.inspect.selection(),
  sheets: () => excel.inspect.sheets().map((s) => s.name),
  tables: () => excel.inspect.tables().map(({ name, sheet, address, headers }) => ({ name, sheet, address, headers })),
  pivots: () => pivotsOf(excel.workbook).map((p) => ({ name: p.name, sheet: p.sheet.name, source: p.source, rows: p.rows, columns: p.columns })),
};

const container = document.getElementById("root");
if (!container) throw new Error("taskpane-fake.html has no element with id 'root'");
document.documentElement.lang = language;
createRoot(container).render(
  <StrictMode>
    <Pane theme={themeFor({ isDarkTheme: params.get("theme") === "dark" })} host={pageHost} language={language} />
  </StrictMode>,
);
