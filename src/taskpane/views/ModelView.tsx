/** "Modellen": browse the implementation model's phases and themes with their texts. */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Caption1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { MODEL } from "../../model";
import { ViewIntro } from "../components/ViewIntro";
import { useLanguage } from "../i18n";
import { PhaseDetails } from "../modelView/PhaseDetails";
import { ThemeDetails } from "../modelView/ThemeDetails";
import { MODEL_STRINGS } from "../modelView/strings";
import type { ViewProps } from "./registry";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  heading: { margin: 0 },
  group: { color: tokens.colorNeutralForeground3, marginInlineStart: tokens.spacingHorizontalS },
  panel: { paddingBottom: tokens.spacingVerticalM },
});

export default function ModelView(_props: ViewProps) {
  const styles = useStyles();
  const language = useLanguage();
  const t = MODEL_STRINGS[language];
  return (
    <div className={styles.root}>
      <ViewIntro heading={t.heading}>{t.intro}</ViewIntro>
      <section aria-label={t.phases}>
        <Subtitle2 as="h3" className={styles.heading}>
          {t.phases}
        </Subtitle2>
        <Accordion multiple collapsible>
          {MODEL.phases.map((phase) => (
            <AccordionItem key={phase.id} value={phase.id}>
              <AccordionHeader as="h4">{phase.label[language]}</AccordionHeader>
              <AccordionPanel className={styles.panel}>
                <PhaseDetails phase={phase} />
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      </section>
      <section aria-label={t.themes}>
        <Subtitle2 as="h3" className={styles.heading}>
          {t.themes}
        </Subtitle2>
        <Accordion multiple collapsible>
          {MODEL.themes.map((theme) => (
            <AccordionItem key={theme.id} value={theme.id}>
              <AccordionHeader as="h4">
                {theme.name[language]}
                <Caption1 className={styles.group}>{t.groups[theme.group]}</Caption1>
              </AccordionHeader>
              <AccordionPanel className={styles.panel}>
                <ThemeDetails theme={theme} />
              </AccordionPanel>
            </AccordionItem>
          ))}
        </Accordion>
      </section>
      <Caption1>{t.version(MODEL.version)}</Caption1>
    </div>
  );
}
