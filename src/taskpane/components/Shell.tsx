/** The pane inside Excel: a header, a tab per view, the open view and a line about the host. */
import { Spinner, Subtitle2, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, useState } from "react";
import type { PlanHost } from "../host";
import { useStrings } from "../i18n";
import { VIEWS, type ViewId } from "../views/registry";
import { HostInfo } from "./HostInfo";
import { ViewBoundary } from "./ViewBoundary";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  header: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} 0`,
  },
  icon: { width: "20px", height: "20px" },
  title: { margin: 0 },
  tabs: { padding: `0 ${tokens.spacingHorizontalXS}` },
  main: {
    flexGrow: 1,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
  },
  footer: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export function Shell(props: { host: PlanHost }) {
  const styles = useStyles();
  const t = useStrings();
  const [viewId, setViewId] = useState<ViewId>("create");
  const view = VIEWS.find((entry) => entry.id === viewId) ?? VIEWS[0];

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <img className={styles.icon} src="assets/icon-32.png" alt="" />
        <Subtitle2 as="h1" className={styles.title}>
          {t.appTitle}
        </Subtitle2>
      </header>
      <TabList
        className={styles.tabs}
        aria-label={t.nav.label}
        selectedValue={view.id}
        onTabSelect={(_event, data) => setViewId(data.value as ViewId)}
      >
        {VIEWS.map((entry) => (
          <Tab key={entry.id} value={entry.id} id={`tab-${entry.id}`} aria-controls="view-panel">
            {t.nav[entry.id]}
          </Tab>
        ))}
      </TabList>
      <main className={styles.main}>
        <div id="view-panel" role="tabpanel" aria-labelledby={`tab-${view.id}`}>
          <ViewBoundary title={t.viewFailed} resetKey={view.id}>
            <Suspense fallback={<Spinner size="small" label={t.loading} />}>
              <view.Component host={props.host} />
            </Suspense>
          </ViewBoundary>
        </div>
      </main>
      <footer className={styles.footer}>
        <HostInfo host={props.host} />
      </footer>
    </div>
  );
}
