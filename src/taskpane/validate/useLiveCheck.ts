/**
 * Live checking: while `enabled`, edits to the plan's tables reach `onChanges` in batches, once the
 * user has paused for DEBOUNCE_MS, so a burst of typing or a paste costs one re-validation.
 */
import { useEffect, useRef, useState } from "react";
import type { Text } from "../../model/types";
import type { CellChange, PlanHost, Unsubscribe } from "../host";
import { errorText } from "../operation/errorText";

export const DEBOUNCE_MS = 800;

export function useLiveCheck(host: PlanHost, enabled: boolean, onChanges: (changes: CellChange[]) => void): { error?: Text } {
  const [error, setError] = useState<Text | undefined>(undefined);
  // The latest callback, without re-subscribing to Excel each time the view renders.
  const callback = useRef(onChanges);
  callback.current = onChanges;

  useEffect(() => {
    if (!enabled) return undefined;
    let stopped = false;
    let unsubscribe: Unsubscribe | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let pending: CellChange[] = [];
    setError(undefined);
    host
      .watchChanges((changes) => {
        if (stopped) return;
        pending.push(...changes);
        clearTimeout(timer);
        timer = setTimeout(() => {
          const batch = pending;
          pending = [];
          callback.current(batch);
        }, DEBOUNCE_MS);
      })
      .then(
        (stop) => {
          if (stopped) stop();
          else unsubscribe = stop;
        },
        (failure: unknown) => {
          console.error("Implementeringsplan: live validation could not start", failure);
          if (!stopped) setError(errorText(failure));
        },
      );
    return () => {
      stopped = true;
      clearTimeout(timer);
      unsubscribe?.();
    };
  }, [host, enabled]);

  return { error: enabled ? error : undefined };
}
