/** What the pane shows when its page is opened outside Excel: where to open it instead. */
import { Body1, Subtitle2, Title3, makeStyles, tokens } from "@fluentui/react-components";
import { STRINGS, useStrings, type Language } from "../i18n";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalXXL} ${tokens.spacingHorizontalXL}`,
    maxWidth: "480px",
  },
  icon: { width: "48px", height: "48px" },
  heading: { margin: 0 },
  text: { margin: 0, color: tokens.colorNeutralForeground2 },
  other: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    marginTop: tokens.spacingVerticalL,
    paddingTop: tokens.spacingVerticalL,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  otherText: { margin: 0, color: tokens.colorNeutralForeground3 },
});

/**
 * The heading and instructions in the pane's language, and the same message briefly in the other
 * language, since outside Office the reader's language is unknown.
 */
export function OutsideOffice(props: { language: Language }) {
  const styles = useStyles();
  const t = useStrings();
  const otherLanguage: Language = props.language === "da" ? "en" : "da";
  const other = STRINGS[otherLanguage].outsideOffice;
  return (
    <main className={styles.root}>
      <img className={styles.icon} src="assets/icon-64.png" alt="" />
      <Title3 as="h1" className={styles.heading}>
        {t.outsideOffice.heading}
      </Title3>
      <Body1 as="p" className={styles.text}>
        {t.outsideOffice.body}
      </Body1>
      <Body1 as="p" className={styles.text}>
        {t.outsideOffice.howTo}
      </Body1>
      <section lang={otherLanguage} className={styles.other}>
        <Subtitle2 as="h2" className={styles.heading}>
          {other.heading}
        </Subtitle2>
        <Body1 as="p" className={styles.otherText}>
          {other.body}
        </Body1>
      </section>
    </main>
  );
}
