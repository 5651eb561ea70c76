/** One phase of the model: when it starts, its focus and effect, its actors and success criteria. */
import { Body1, Caption1Strong, makeStyles, tokens } from "@fluentui/react-components";
import { MODEL } from "../../model";
import { describeRange } from "../../model/offset";
import type { Phase } from "../../model/types";
import { useLanguage } from "../i18n";
import { MODEL_STRINGS } from "./strings";

export const useDetailStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  term: { display: "block", color: tokens.colorNeutralForeground2 },
  text: { margin: 0 },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
});

export function PhaseDetails(props: { phase: Phase }) {
  const styles = useDetailStyles();
  const language = useLanguage();
  const t = MODEL_STRINGS[language];
  const { phase } = props;
  const criteria = MODEL.criteria.filter((c) => c.phase === phase.id);
  return (
    <div className={styles.root}>
      <div>
        <Caption1Strong className={styles.term}>{t.starts}</Caption1Strong>
        <Body1>{describeRange(phase.start.range)[language]}</Body1>
      </div>
      <div>
        <Caption1Strong className={styles.term}>{t.focus}</Caption1Strong>
        <Body1>{phase.focus[language]}</Body1>
      </div>
      <div>
        <Caption1Strong className={styles.term}>{t.effect}</Caption1Strong>
        <Body1>{phase.effect[language]}</Body1>
      </div>
      <div>
        <Caption1Strong className={styles.term}>{t.actors}</Caption1Strong>
        <ul className={styles.list}>
          {phase.actors.map((actor) => (
            <li key={actor.da}>
              <Body1>{actor[language]}</Body1>
            </li>
          ))}
        </ul>
      </div>
      <div>
        <Caption1Strong className={styles.term}>{`${t.criteria} (${criteria.length})`}</Caption1Strong>
        <ul className={styles.list}>
          {criteria.map((criterion) => (
            <li key={criterion.id}>
              <Body1>{`${criterion.id}: ${criterion.text[language]}`}</Body1>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
