/**
 * Entry of taskpane.html: waits for Office.js, then renders the pane in Office's language and
 * theme. Inside Excel the pane gets a host; anywhere else it explains where to open it.
 */
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { Pane } from "./components/Pane";
import type { PlanHost } from "./host";
import { resolveLanguage } from "./i18n";
import { createLazyPlanHost } from "./lazyHost";
import { createOfficeHost } from "./officeHost";
import { themeFor } from "./theme";

/** The Excel host: Office's context answers `describe`; the workbook adapter loads on first use. */
function excelHost(info: { platform: Office.PlatformType | string | null }): PlanHost {
  const office = createOfficeHost(info, Office.context.requirements);
  return createLazyPlanHost(office.describe, async () => {
    const [{ createExcelPlanHost }, { officeRun, officeSupports }] = await Promise.all([
      import(/* webpackChunkName: "excel-host" */ "../excel/excelPlanHost"),
      import(/* webpackChunkName: "excel-host" */ "../excel/host"),
    ]);
    return createExcelPlanHost(officeRun, officeSupports, { describe: office.describe });
  });
}

async function start(container: HTMLElement): Promise<void> {
  // Without office.js (blocked or failed to load) the page is as good as outside Excel.
  const info = typeof Office === "undefined" ? null : await Office.onReady();
  const inExcel = info !== null && info.host === Office.HostType.Excel;
  const language = resolveLanguage(inExcel ? Office.context.displayLanguage : undefined);
  const theme = themeFor(inExcel ? Office.context.officeTheme : undefined);
  const host = inExcel ? excelHost(info) : null;
  document.documentElement.lang = language;
  createRoot(container).render(
    <StrictMode>
      <Pane theme={theme} host={host} language={language} />
    </StrictMode>,
  );
}

const container = document.getElementById("root");
if (!container) throw new Error("taskpane.html has no element with id 'root'");
start(container).catch((error: unknown) => {
  // Nothing rendered: replace the loading text so the user is not left waiting.
  container.textContent = `Implementeringsplan kunne ikke starte / could not start: ${String(error)}`;
  console.error(error);
});
