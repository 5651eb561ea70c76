/**
 * The go-live date: a native date input (the browser's own picker; Fluent v9 core has no date
 * picker) with the chosen date written out the Danish way beside it, since the input itself shows
 * the date in the browser's locale.
 */
import { Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { formatDanishDate } from "../../plan/dates";
import type { Language } from "../i18n";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  shown: { color: tokens.colorNeutralForeground2 },
});

/**
 * "01-03-2027 (mandag den 1. marts 2027)": the date as Danes write it, with the weekday spelt out.
 * @example dateShown(civilDate(2027, 3, 1), "en") === "01-03-2027 (Monday 1 March 2027)"
 */
export function dateShown(date: Date, language: Language): string {
  const long = new Intl.DateTimeFormat(language === "da" ? "da-DK" : "en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(date);
  return `${formatDanishDate(date)} (${long.replace(",", "")})`;
}

export interface GoLiveFieldProps {
  label: string;
  hint: string;
  /** yyyy-mm-dd or "". */
  value: string;
  /** The value as a date, when it is one. */
  date?: Date;
  language: Language;
  onChange(value: string): void;
  error?: string;
}

export function GoLiveField(props: GoLiveFieldProps) {
  const styles = useStyles();
  const shownId = useId();
  return (
    <Field label={props.label} hint={props.hint} required validationMessage={props.error} validationState={props.error ? "error" : "none"}>
      {(fieldProps) => (
        <div className={styles.row}>
          <Input
            {...fieldProps}
            type="date"
            value={props.value}
            min="1990-01-01"
            max="2100-12-31"
            aria-describedby={[fieldProps["aria-describedby"], props.date ? shownId : undefined].filter(Boolean).join(" ") || undefined}
            onChange={(_event, data) => props.onChange(data.value)}
          />
          {props.date ? (
            <Caption1 id={shownId} className={styles.shown}>
              {dateShown(props.date, props.language)}
            </Caption1>
          ) : null}
        </div>
      )}
    </Field>
  );
}
