/**
 * Entry of taskpane.html: waits for Office.js, then renders the pane in Office's language and
 * theme. Inside Excel the pane gets a host; anywhere else it explains where to open it.
 */
import { FluentProvider, makeStaticStyles, makeStyles, type Theme } from "@fluentui/react-components";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import type { PlanHost } from "./host";
import { resolveLanguage, type Language } from "./i18n";
import { createOfficeHost } from "./officeHost";
import { themeFor } from "./theme";

const useStaticStyles = makeStaticStyles({
  "html, body": { margin: 0, padding: 0 },
});

const useStyles = makeStyles({
  provider: { minHeight: "100vh" },
});

function Pane(props: { theme: Theme; host: PlanHost | null; language: Language }) {
  useStaticStyles();
  const styles = useStyles();
  return (
    <FluentProvider theme={props.theme} className={styles.provider}>
      <App host={props.host} language={props.language} />
    </FluentProvider>
  );
}

async function start(container: HTMLElement): Promise<void> {
  // Without office.js (blocked or failed to load) the page is as good as outside Excel.
  const info = typeof Office === "undefined" ? null : await Office.onReady();
  const inExcel = info !== null && info.host === Office.HostType.Excel;
  const language = resolveLanguage(inExcel ? Office.context.displayLanguage : undefined);
  const theme = themeFor(inExcel ? Office.context.officeTheme : undefined);
  const host = inExcel ? createOfficeHost(info, Office.context.requirements) : null;
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
