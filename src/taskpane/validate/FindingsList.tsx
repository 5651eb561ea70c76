/**
 * Findings grouped by severity, then sheet. Each finding is a button: choosing it (mouse, Enter or
 * Space) selects its cell in Excel. Findings on rows a live check just re-validated are marked.
 */
import { Badge, Button, Caption1, Subtitle2, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { Finding } from "../../plan/validation/types";
import { useLanguage } from "../i18n";
import { groupFindings, inRows } from "./groups";
import { VALIDATE_STRINGS } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  sheet: { margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS}`, color: tokens.colorNeutralForeground2 },
  list: { listStyleType: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  finding: {
    width: "100%",
    height: "auto",
    minHeight: "auto",
    justifyContent: "flex-start",
    textAlign: "start",
    whiteSpace: "normal",
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXXS,
  },
  where: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", fontWeight: tokens.fontWeightSemibold },
  // A coloured edge on the list item (a button's own hover style would hide it) marks the severity;
  // the group heading says it in words too.
  item: { borderInlineStartWidth: tokens.strokeWidthThickest, borderInlineStartStyle: "solid", borderRadius: tokens.borderRadiusMedium },
  error: { borderInlineStartColor: tokens.colorPaletteRedBorder2 },
  warning: { borderInlineStartColor: tokens.colorPaletteYellowBorder2 },
});

export interface FindingsListProps {
  findings: readonly Finding[];
  /** Rows a live check re-validated ("sheet!row"); their findings are marked. */
  changed: ReadonlySet<string>;
  /** While true, choosing another finding is ignored (the previous selection is still on its way). */
  busy: boolean;
  onSelect(finding: Finding): void;
}

export function FindingsList(props: FindingsListProps) {
  const styles = useStyles();
  const language = useLanguage();
  const t = VALIDATE_STRINGS[language];
  return (
    <div className={styles.root}>
      {groupFindings(props.findings).map((group) => (
        <section key={group.severity} aria-label={group.severity === "error" ? t.errors : t.warnings}>
          <Subtitle2 as="h3" className={styles.heading}>
            {`${group.severity === "error" ? t.errors : t.warnings} (${group.count})`}
          </Subtitle2>
          {group.sheets.map((sheet) => (
            <div key={sheet.sheet}>
              <Caption1 as="h4" className={styles.sheet}>
                {sheet.sheet || t.workbook}
              </Caption1>
              <ul className={styles.list}>
                {sheet.findings.map((finding, index) => (
                  <li key={`${finding.rule}-${finding.cell}-${index}`} className={mergeClasses(styles.item, finding.severity === "error" ? styles.error : styles.warning)}>
                    <Button
                      appearance="subtle"
                      className={styles.finding}
                      title={t.selectHint}
                      disabledFocusable={props.busy}
                      onClick={() => props.onSelect(finding)}
                    >
                      <span className={styles.where}>
                        {[finding.cell, finding.task].filter(Boolean).join(" · ")}
                        {inRows(finding, props.changed) ? (
                          <Badge size="small" appearance="tint" color="informative">
                            {t.changed}
                          </Badge>
                        ) : null}
                      </span>
                      <span>{finding.message[language]}</span>
                    </Button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
