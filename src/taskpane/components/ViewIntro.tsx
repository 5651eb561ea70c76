/** A view's heading and a sentence on what it is for. */
import { Body1, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  text: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export function ViewIntro(props: { heading: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Subtitle1 as="h2" className={styles.heading}>
        {props.heading}
      </Subtitle1>
      <Body1 as="p" className={styles.text}>
        {props.children}
      </Body1>
    </div>
  );
}
