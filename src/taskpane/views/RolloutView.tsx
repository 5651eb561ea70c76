/**
 * "Udrulning": the consultant picks the returned plans, the pane reads them here in the browser one
 * at a time (the spreadsheet code loads only now), shows what became of each file, and writes the
 * rollout status — the same sheets as `implan rollup`, plus a PivotTable where Excel allows — into
 * the open workbook. Below, the plans for one wave of the workbook's rollout, as one download.
 * The picked files and the results stay when an operation fails, so "Prøv igen" just works.
 */
import { Body1, Button, Caption1, Divider, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useId, useState } from "react";
import { todayCivil } from "../../plan/dates";
import { buildRollupWorkbook } from "../../workbook/rollup/build";
import { ViewIntro } from "../components/ViewIntro";
import type { RollupWriteResult } from "../host";
import { useLanguage } from "../i18n";
import { OperationStatus } from "../operation/OperationStatus";
import { useOperation } from "../operation/useOperation";
import { FilePicker } from "../rollout/FilePicker";
import { FileResults } from "../rollout/FileResults";
import { type ReadOutcome, readReturnedPlans } from "../rollout/readPlans";
import { ROLLOUT_STRINGS } from "../rollout/strings";
import { WavePlans } from "../rollout/WavePlans";
import { WriteOutcome } from "../rollout/WriteOutcome";
import type { ViewProps } from "./registry";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
});

export default function RolloutView({ host }: ViewProps) {
  const styles = useStyles();
  const language = useLanguage();
  const t = ROLLOUT_STRINGS[language];
  const headingId = useId();
  const hintId = useId();
  const [files, setFiles] = useState<File[]>([]);
  const [outcome, setOutcome] = useState<ReadOutcome | undefined>(undefined);
  const [waveBusy, setWaveBusy] = useState(false);
  const onWaveBusy = useCallback((running: boolean) => setWaveBusy(running), []);
  const reading = useOperation<ReadOutcome>();
  const writing = useOperation<RollupWriteResult>();
  const busy = reading.running || writing.running || waveBusy;

  const read = () =>
    void reading.start((progress) => readReturnedPlans(host, files, todayCivil(), progress)).then((result) => {
      if (!result) return;
      setOutcome(result);
      writing.reset();
    });
  const write = () =>
    outcome &&
    void writing.start((progress) => {
      progress({ da: ROLLOUT_STRINGS.da.writing, en: ROLLOUT_STRINGS.en.writing });
      return host.writeRollup(buildRollupWorkbook(outcome.result, language), progress);
    });
  const rollout = outcome?.rollout;

  return (
    <div className={styles.root}>
      <ViewIntro heading={t.heading}>{t.intro}</ViewIntro>
      <section className={styles.section} aria-labelledby={headingId}>
        <Subtitle2 as="h3" id={headingId} className={styles.heading}>
          {t.filesHeading}
        </Subtitle2>
        <FilePicker files={files} disabled={busy} onChange={setFiles} />
        <div className={styles.actions}>
          <Button appearance="primary" disabledFocusable={busy || files.length === 0} onClick={read}>
            {files.length > 0 ? t.read(files.length) : t.readNone}
          </Button>
        </div>
        <OperationStatus state={reading.state} failedTitle={t.readFailed} onRetry={read} />
        {outcome ? (
          <>
            <Body1>{rollout ? t.rolloutFound(rollout.members.length, rollout.waves.length) : t.noRollout}</Body1>
            <FileResults result={outcome.result} />
            <div className={styles.actions}>
              <Button appearance="primary" disabledFocusable={busy} aria-describedby={hintId} onClick={write}>
                {t.write}
              </Button>
            </div>
            <Caption1 id={hintId} className={styles.muted}>
              {t.writeHint}
            </Caption1>
            <WriteOutcome state={writing.state} onRetry={write} />
          </>
        ) : null}
      </section>
      <Divider />
      <WavePlans host={host} busy={reading.running || writing.running} onBusy={onWaveBusy} />
    </div>
  );
}
