/** The pane's root: Fluent's provider with Office's theme around the app. Shared by every entry page. */
import { FluentProvider, makeStaticStyles, makeStyles, type Theme } from "@fluentui/react-components";
import { App } from "../App";
import type { PlanHost } from "../host";
import type { Language } from "../i18n";

const useStaticStyles = makeStaticStyles({
  "html, body": { margin: 0, padding: 0 },
});

const useStyles = makeStyles({
  provider: { minHeight: "100vh" },
});

export function Pane(props: { theme: Theme; host: PlanHost | null; language: Language }) {
  useStaticStyles();
  const styles = useStyles();
  return (
    <FluentProvider theme={props.theme} className={styles.provider}>
      <App host={props.host} language={props.language} />
    </FluentProvider>
  );
}
