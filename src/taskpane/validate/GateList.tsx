/** The self-check at each phase transition: ready or not, and why (validation's reasons). */
import { Badge, Body1Strong, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { MODEL } from "../../model";
import type { Gate } from "../../plan/validation/types";
import { useLanguage } from "../i18n";
import { VALIDATE_STRINGS } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  gate: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  title: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: tokens.spacingHorizontalS },
  reasons: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
});

export function GateList(props: { gates: readonly Gate[] }) {
  const styles = useStyles();
  const language = useLanguage();
  const t = VALIDATE_STRINGS[language];
  return (
    <section className={styles.root} aria-label={t.gates}>
      <Subtitle2 as="h3" className={styles.heading}>
        {t.gates}
      </Subtitle2>
      <ul className={styles.list}>
        {props.gates.map((gate) => {
          const name = MODEL.transitions.find((tr) => tr.id === gate.transition)?.name[language] ?? gate.transition;
          return (
            <li key={gate.transition} className={styles.gate}>
              <span className={styles.title}>
                <Body1Strong>{name}</Body1Strong>
                <Badge appearance="filled" color={gate.ready ? "success" : "danger"}>
                  {gate.ready ? t.ready : t.notReady}
                </Badge>
              </span>
              <ul className={styles.reasons}>
                {gate.reasons.map((reason) => (
                  <li key={reason.da}>
                    <Caption1>{reason[language]}</Caption1>
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
