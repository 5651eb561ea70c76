/** One theme of the model: what it contributes, and its KLIK tasks with their suggested phase. */
import { Body1, Caption1, Caption1Strong, makeStyles, tokens } from "@fluentui/react-components";
import { MODEL } from "../../model";
import type { Theme } from "../../model/types";
import { useLanguage } from "../i18n";
import { useDetailStyles } from "./PhaseDetails";
import { MODEL_STRINGS } from "./strings";

const useStyles = makeStyles({
  task: { display: "flex", flexDirection: "column" },
  phase: { color: tokens.colorNeutralForeground3 },
});

export function ThemeDetails(props: { theme: Theme }) {
  const styles = { ...useDetailStyles(), ...useStyles() };
  const language = useLanguage();
  const t = MODEL_STRINGS[language];
  const { theme } = props;
  const tasks = MODEL.tasks.filter((task) => task.theme === theme.id);
  const phaseLabel = (id: string) => MODEL.phases.find((p) => p.id === id)?.label[language] ?? id;
  return (
    <div className={styles.root}>
      <div>
        <Caption1Strong className={styles.term}>{t.purpose}</Caption1Strong>
        <Body1>{theme.purpose[language]}</Body1>
      </div>
      <div>
        <Caption1Strong className={styles.term}>{`${t.tasks} (${tasks.length})`}</Caption1Strong>
        <ul className={styles.list}>
          {tasks.map((task) => (
            <li key={task.id} className={styles.task}>
              <Body1>{`${task.id}: ${task.title[language]}`}</Body1>
              <Caption1 className={styles.phase}>{t.defaultPhase(phaseLabel(task.defaultPhase))}</Caption1>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
