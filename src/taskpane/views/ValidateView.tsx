/**
 * "Valider": reads the workbook and checks it against the model, lists the findings (each one a
 * button to its cell) and the phase-transition gates, writes the Validering sheet on request, and,
 * with "Valider løbende" on, checks again shortly after each edit and marks the changed rows.
 */
import { Body1, Button, Caption1, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState } from "react";
import { formatDanishDate, parseIsoDate } from "../../plan/dates";
import type { Finding } from "../../plan/validation/types";
import { ViewIntro } from "../components/ViewIntro";
import type { CellChange, ValidationReport } from "../host";
import { useLanguage } from "../i18n";
import { OperationStatus } from "../operation/OperationStatus";
import { useOperation } from "../operation/useOperation";
import { FindingsList } from "../validate/FindingsList";
import { GateList } from "../validate/GateList";
import { changedRows, inRows } from "../validate/groups";
import { VALIDATE_STRINGS } from "../validate/strings";
import { useLiveCheck } from "../validate/useLiveCheck";
import { ValidateNotices } from "../validate/ValidateNotices";
import type { ViewProps } from "./registry";

/** Above this many task and criteria rows, live checking starts switched off. */
export const LIVE_ROW_LIMIT = 1500;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  live: { display: "flex", flexDirection: "column" },
  muted: { color: tokens.colorNeutralForeground3, paddingInlineStart: tokens.spacingHorizontalXXL },
});

export default function ValidateView({ host }: ViewProps) {
  const styles = useStyles();
  const language = useLanguage();
  const t = VALIDATE_STRINGS[language];
  const hintId = useId();
  const validating = useOperation<ValidationReport>();
  const writing = useOperation<{ sheet: string }>();
  const selecting = useOperation<void>();
  const [report, setReport] = useState<ValidationReport | undefined>(undefined);
  const [changed, setChanged] = useState<{ rows: Set<string>; findings: number } | undefined>(undefined);
  const [liveChoice, setLiveChoice] = useState<boolean | undefined>(undefined);
  const queued = useRef<CellChange[]>([]);
  const large = report !== undefined && report.rows > LIVE_ROW_LIMIT;
  const live = liveChoice ?? !large;

  const validate = (changes?: CellChange[]) =>
    validating
      .start((progress) => {
        progress({ da: VALIDATE_STRINGS.da.progress, en: VALIDATE_STRINGS.en.progress });
        return host.readAndValidate({}, progress);
      })
      .then((result) => {
        if (!result) return;
        setReport(result);
        writing.reset();
        const rows = changes ? changedRows(changes) : undefined;
        setChanged(rows ? { rows, findings: result.findings.filter((f) => inRows(f, rows)).length } : undefined);
      });

  // Edits that arrive while a check runs wait for it, then go in one more check.
  const latestValidate = useRef(validate);
  latestValidate.current = validate;
  const onChanges = (changes: CellChange[]) => {
    queued.current.push(...changes);
    if (!validating.running) void validate(queued.current.splice(0));
  };
  useEffect(() => {
    if (!validating.running && queued.current.length > 0) void latestValidate.current(queued.current.splice(0));
  }, [validating.running]);
  const liveCheck = useLiveCheck(host, live && report !== undefined, onChanges);

  const select = (finding: Finding) => void selecting.start(() => host.selectCell(finding.sheet, finding.cell));
  const writeSheet = () =>
    report &&
    void writing.start((progress) => {
      progress({ da: VALIDATE_STRINGS.da.writeProgress, en: VALIDATE_STRINGS.en.writeProgress });
      return host.writeValidationSheet({ report }, progress);
    });

  const day = report ? formatDanishDate(parseIsoDate(report.checkedOn)) : "";
  const errors = report?.findings.filter((f) => f.severity === "error").length ?? 0;
  const warnings = (report?.findings.length ?? 0) - errors;

  return (
    <div className={styles.root}>
      <ViewIntro heading={t.heading}>{t.intro}</ViewIntro>
      <div className={styles.actions}>
        <Button appearance="primary" disabledFocusable={validating.running} onClick={() => void validate()}>
          {report ? t.rerun : t.run}
        </Button>
        <Button disabledFocusable={!report || writing.running || validating.running} onClick={writeSheet}>
          {t.writeSheet}
        </Button>
      </div>
      <div className={styles.live}>
        <Switch label={t.live} checked={live} aria-describedby={hintId} onChange={(_event, data) => setLiveChoice(data.checked)} />
        <Caption1 id={hintId} className={styles.muted}>
          {large && liveChoice === undefined ? t.liveLarge(report?.rows ?? 0) : t.liveHint}
        </Caption1>
      </div>
      <OperationStatus state={validating.state} failedTitle={t.failed} onRetry={() => void validate()} />
      <ValidateNotices writing={writing.state} selecting={selecting.state} liveError={liveCheck.error} changed={changed} onRetryWrite={writeSheet} />
      {report ? (
        <>
          <Body1 role="status">{report.findings.length === 0 ? t.clean(day) : t.summary(errors, warnings, day)}</Body1>
          <GateList gates={report.gates} />
          <FindingsList findings={report.findings} changed={changed?.rows ?? new Set()} busy={selecting.running} onSelect={select} />
        </>
      ) : null}
    </div>
  );
}
