/**
 * What became of each file: a table with the municipality, its outcome as a coloured badge with its
 * word (read, unreadable, duplicate, not in the rollout, missing, …), the file and its message, and
 * the number of errors and warnings. Three columns, so it fits the task pane's 350 pixels.
 */
import {
  Badge,
  type BadgeProps,
  Body1,
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { FileOutcome, FileRow, RollupResult } from "../../plan/rollup/types";
import { OUTCOME_LABELS } from "../../workbook/rollup/labels";
import { useLanguage } from "../i18n";
import { ROLLOUT_STRINGS } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  table: { tableLayout: "auto" },
  name: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, paddingBlock: tokens.spacingVerticalXS, overflowWrap: "anywhere" },
  title: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS },
  badge: { whiteSpace: "nowrap" },
  file: { color: tokens.colorNeutralForeground3 },
  message: { color: tokens.colorNeutralForeground2 },
  number: { width: "3.5em" },
  bad: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** The badge colour says at a glance whether the file counts: green read, red not readable, amber to look at. */
const COLOUR: Record<FileOutcome, BadgeProps["color"]> = {
  read: "success",
  duplicate: "warning",
  unknown: "warning",
  noMunicipality: "danger",
  unreadable: "danger",
  skipped: "informative",
  missing: "informative",
};

const ORDER: FileOutcome[] = ["read", "unreadable", "duplicate", "unknown", "noMunicipality", "skipped", "missing"];

export function FileResults(props: { result: RollupResult }) {
  const styles = useStyles();
  const language = useLanguage();
  const t = ROLLOUT_STRINGS[language];
  const { files } = props.result;
  const counted = files.filter((f) => f.outcome !== "missing");
  const missing = files.length - counted.length;
  const parts = ORDER.filter((o) => o !== "missing")
    .map((o) => [o, counted.filter((f) => f.outcome === o).length] as const)
    .filter(([, n]) => n > 0)
    .map(([o, n]) => `${n} ${OUTCOME_LABELS[o][language].toLocaleLowerCase(language)}`)
    .join(", ");
  const row = (f: FileRow, i: number) => (
    <TableRow key={`${f.file ?? f.municipality?.code}-${i}`}>
      <TableCell>
        <div className={styles.name}>
          <div className={styles.title}>
            <Body1>{f.municipality?.name ?? t.unknownMunicipality}</Body1>
            <Badge appearance="tint" color={COLOUR[f.outcome]} className={styles.badge}>
              {OUTCOME_LABELS[f.outcome][language]}
            </Badge>
          </div>
          {f.file ? <Caption1 className={styles.file}>{f.file}</Caption1> : null}
          {f.message[language] ? <Caption1 className={styles.message}>{f.message[language]}</Caption1> : null}
        </div>
      </TableCell>
      <TableCell className={mergeClasses(styles.number, f.errors > 0 && styles.bad)}>{f.errors}</TableCell>
      <TableCell className={styles.number}>{f.warnings}</TableCell>
    </TableRow>
  );
  return (
    <section className={styles.root} aria-label={t.results}>
      <Body1 role="status">
        {t.summary(counted.length, parts)}
        {missing > 0 ? ` ${t.missing(missing)}` : ""}
      </Body1>
      <Table size="extra-small" aria-label={t.results} className={styles.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t.columns.municipality}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t.columns.errors}</TableHeaderCell>
            <TableHeaderCell className={styles.number} aria-label={t.columns.warnings}>
              {t.columns.warningsShort}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>{files.map(row)}</TableBody>
      </Table>
    </section>
  );
}
