/**
 * "Generér planer for en bølge": reads the Udrulning table of the open workbook, lets the consultant
 * choose a wave, the plans' language and solution, and makes one plan per municipality in the
 * browser, offered as one .zip download. The choices stay when something fails.
 */
import { Body1, Button, Field, Input, MessageBar, MessageBarBody, Radio, RadioGroup, Select, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import { UserError } from "../../model/errors";
import type { Lang } from "../../model/types";
import type { RolloutPlan } from "../../plan/rollup/rollout";
import { formatDanishDate } from "../../plan/dates";
import type { PlanHost } from "../host";
import { useLanguage } from "../i18n";
import { OperationStatus } from "../operation/OperationStatus";
import { useOperation } from "../operation/useOperation";
import { downloadBytes } from "./download";
import { loadXlsx } from "./loadXlsx";
import { ROLLOUT_STRINGS, bothLanguages } from "./strings";
import { type WaveGroup, plansOf, waveGroups } from "./waves";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  muted: { margin: 0, color: tokens.colorNeutralForeground2 },
  problems: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // A long option must not widen the pane: the select takes the width it is given.
  select: { minWidth: 0, maxWidth: "100%" },
});

interface Generated {
  count: number;
  file: string;
  withoutGoLive: string[];
}

export interface WavePlansProps {
  host: PlanHost;
  /** Another of the view's operations runs. */
  busy: boolean;
  /** Tells the view when one of these runs, so it starts nothing else meanwhile. */
  onBusy(running: boolean): void;
}

export function WavePlans(props: WavePlansProps) {
  const styles = useStyles();
  const headingId = useId();
  const language = useLanguage();
  const t = ROLLOUT_STRINGS[language];
  const reading = useOperation<RolloutPlan | null>();
  const generating = useOperation<Generated>();
  const [choice, setChoice] = useState("");
  const [solution, setSolution] = useState("");
  const [lang, setLang] = useState<Lang>(language);
  const rollout = reading.state.status === "done" ? reading.state.result : undefined;
  const groups = rollout ? waveGroups(rollout) : [];
  const group = groups.find((g) => g.key === choice) ?? groups[0];
  const running = reading.running || generating.running;
  const busy = props.busy || running;
  const { onBusy } = props;
  useEffect(() => onBusy(running), [onBusy, running]);

  const read = () => void reading.start(() => props.host.readRollout());
  const label = (g: WaveGroup) => (g.wave === undefined ? `${t.noWave} · ${g.members.length}` : t.waveOption(g.wave, g.members.length, g.goLive ? formatDanishDate(g.goLive) : t.noDate));
  const generate = (chosen: WaveGroup) =>
    void generating.start(async (progress) => {
      const { plans, withoutGoLive } = plansOf(chosen);
      if (plans.length === 0) throw new UserError({ da: ROLLOUT_STRINGS.da.noneWithGoLive, en: ROLLOUT_STRINGS.en.noneWithGoLive });
      const { wavePlansZip } = await loadXlsx();
      const bytes = await wavePlansZip(plans, { lang, solution, progress: (i, n, name) => progress(bothLanguages((s) => s.generating, i, n, name)) });
      const file = t.zipName(chosen.wave);
      downloadBytes(bytes, file, "application/zip");
      return { count: plans.length, file, withoutGoLive };
    });

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {t.wavesHeading}
      </Subtitle2>
      <Body1 as="p" className={styles.muted}>
        {t.wavesIntro}
      </Body1>
      <div className={styles.actions}>
        <Button disabledFocusable={busy} onClick={read}>
          {t.readRollout}
        </Button>
      </div>
      <OperationStatus state={reading.state} failedTitle={t.readRolloutFailed} onRetry={read} />
      {reading.state.status === "done" && rollout === null ? (
        <MessageBar intent="warning" layout="multiline" role="status">
          <MessageBarBody>{t.rolloutMissing}</MessageBarBody>
        </MessageBar>
      ) : null}
      {rollout && rollout.problems.length > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {t.rolloutProblems(rollout.problems.length)}
            <ul className={styles.problems}>
              {rollout.problems.map((p) => (
                <li key={p.line}>{t.problemRow(p.line, p.text[language])}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {group ? (
        <>
          <Field label={t.wave}>
            <Select className={styles.select} value={group.key} onChange={(_event, data) => setChoice(data.value)}>
              {groups.map((g) => (
                <option key={g.key} value={g.key}>
                  {label(g)}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.solution} hint={t.solutionHint}>
            <Input value={solution} onChange={(_event, data) => setSolution(data.value)} />
          </Field>
          <Field label={t.language}>
            <RadioGroup layout="horizontal" value={lang} onChange={(_event, data) => setLang(data.value as Lang)}>
              <Radio value="da" label={t.languages.da} />
              <Radio value="en" label={t.languages.en} />
            </RadioGroup>
          </Field>
          <div className={styles.actions}>
            <Button appearance="primary" disabledFocusable={busy} onClick={() => generate(group)}>
              {t.generate}
            </Button>
          </div>
        </>
      ) : null}
      <OperationStatus state={generating.state} failedTitle={t.generateFailed} onRetry={() => group && generate(group)} />
      {generating.state.status === "done" ? (
        <MessageBar intent="success" layout="multiline" role="status">
          <MessageBarBody>
            {t.generated(generating.state.result.count, generating.state.result.file)}
            {generating.state.result.withoutGoLive.length > 0 ? ` ${t.withoutGoLive(generating.state.result.withoutGoLive.join(", "))}` : ""}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
