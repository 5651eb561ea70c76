/** One line about the Excel the pane runs in, read through the host. */
import { Caption1, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { HostDescription, PlanHost } from "../host";
import { useStrings } from "../i18n";

const useStyles = makeStyles({
  text: { color: tokens.colorNeutralForeground3 },
});

type State = { kind: "loading" } | { kind: "ready"; description: HostDescription } | { kind: "failed" };

export function HostInfo(props: { host: PlanHost }) {
  const styles = useStyles();
  const t = useStrings();
  const [state, setState] = useState<State>({ kind: "loading" });

  useEffect(() => {
    let current = true;
    props.host.describe().then(
      (description) => current && setState({ kind: "ready", description }),
      () => current && setState({ kind: "failed" }),
    );
    return () => {
      current = false;
    };
  }, [props.host]);

  if (state.kind === "loading") return null;
  const text =
    state.kind === "ready"
      ? t.hostInfo.summary(t.platforms[state.description.platform], state.description.excelApi)
      : t.hostInfo.failed;
  return (
    <Caption1 as="p" className={styles.text} aria-label={t.hostInfo.label}>
      {text}
    </Caption1>
  );
}
