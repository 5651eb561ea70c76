/** The validation view's smaller messages: the Validering sheet, selecting a cell, live checking. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Text } from "../../model/types";
import { useLanguage } from "../i18n";
import { OperationStatus } from "../operation/OperationStatus";
import type { OperationState } from "../operation/useOperation";
import { VALIDATE_STRINGS } from "./strings";

export interface ValidateNoticesProps {
  writing: OperationState<{ sheet: string }>;
  selecting: OperationState<void>;
  liveError?: Text;
  /** What the last live check covered. */
  changed?: { rows: Set<string>; findings: number };
  onRetryWrite(): void;
}

export function ValidateNotices(props: ValidateNoticesProps) {
  const language = useLanguage();
  const t = VALIDATE_STRINGS[language];
  const { writing } = props;
  return (
    <>
      <OperationStatus state={writing} failedTitle={t.writeFailed} onRetry={props.onRetryWrite} />
      {writing.status === "done" ? (
        <MessageBar intent="success" layout="multiline" role="status">
          <MessageBarBody>{t.written(writing.result.sheet)}</MessageBarBody>
        </MessageBar>
      ) : null}
      <OperationStatus state={props.selecting} failedTitle={t.selectFailed} />
      {props.liveError ? (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t.liveFailed}</MessageBarTitle>
            {props.liveError[language]}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {props.changed ? (
        <MessageBar intent="info" layout="multiline" role="status">
          <MessageBarBody>{t.liveChecked(props.changed.rows.size, props.changed.findings)}</MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
