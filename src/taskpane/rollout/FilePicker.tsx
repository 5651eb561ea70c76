/**
 * Picking the returned plans: the browser's own file input (several files at once, reachable by
 * keyboard), shown through its label styled as a button, since the input's own button speaks the
 * browser's language rather than the pane's; and a drop zone around it for files dragged from
 * Explorer or Finder. Picking more adds to the files already chosen; the same file twice is kept once.
 */
import { Body1, Button, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { type DragEvent, useId, useState } from "react";
import { useLanguage } from "../i18n";
import { ROLLOUT_STRINGS } from "./strings";

const useStyles = makeStyles({
  zone: {
    position: "relative",
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  over: { border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  // Out of sight but still the focusable, labelled control: Tab reaches it, Enter or Space opens it.
  input: { position: "absolute", width: "1px", height: "1px", margin: "-1px", padding: 0, overflow: "hidden", clipPath: "inset(50%)", whiteSpace: "nowrap", border: 0 },
  pick: {
    display: "inline-flex",
    alignItems: "center",
    minHeight: "32px",
    padding: `0 ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  focused: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  disabled: { color: tokens.colorNeutralForegroundDisabled, cursor: "not-allowed" },
  hint: { color: tokens.colorNeutralForeground2 },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

const key = (file: File) => `${file.name}\u0000${file.size}\u0000${file.lastModified}`;

/** `added` after `files`, leaving out any file already there. */
export function withFiles(files: readonly File[], added: readonly File[]): File[] {
  const seen = new Set(files.map(key));
  const fresh = added.filter((file) => {
    if (seen.has(key(file))) return false;
    seen.add(key(file));
    return true;
  });
  return [...files, ...fresh];
}

export interface FilePickerProps {
  files: readonly File[];
  disabled: boolean;
  onChange(files: File[]): void;
}

export function FilePicker(props: FilePickerProps) {
  const styles = useStyles();
  const t = ROLLOUT_STRINGS[useLanguage()];
  const inputId = useId();
  const hintId = useId();
  const [over, setOver] = useState(false);
  const [focused, setFocused] = useState(false);
  const add = (list: FileList | null) => {
    if (list && list.length > 0) props.onChange(withFiles(props.files, Array.from(list)));
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    if (!props.disabled) add(event.dataTransfer.files);
  };
  return (
    <div
      className={mergeClasses(styles.zone, over && styles.over)}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <input
        id={inputId}
        className={styles.input}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-describedby={hintId}
        disabled={props.disabled}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onChange={(event) => {
          add(event.currentTarget.files);
          // Cleared, so picking the same file again after "Fjern filerne" still counts as a change.
          event.currentTarget.value = "";
        }}
      />
      <label htmlFor={inputId} className={mergeClasses(styles.pick, focused && styles.focused, props.disabled && styles.disabled)}>
        {t.pick}
      </label>
      <Caption1 id={hintId} className={styles.hint}>
        {t.pickHint}
      </Caption1>
      {props.files.length > 0 ? (
        <div className={styles.row}>
          <Body1 role="status">{t.picked(props.files.length)}</Body1>
          <Button size="small" appearance="subtle" disabled={props.disabled} onClick={() => props.onChange([])}>
            {t.clear}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
