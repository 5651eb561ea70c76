/**
 * Runs one host operation at a time for a view: a second start while one runs is ignored (no double
 * create from a double click), progress appears only once the operation has taken over half a
 * second (quick ones do not flicker), and a failure becomes the host's two-language sentence. The
 * caller's form state is never touched, so nothing typed is lost when an operation fails.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { Progress } from "../host";
import { errorText, type Text } from "./errorText";

/** After this long an operation shows its progress. */
export const SLOW_MS = 500;

export type OperationState<T> =
  | { status: "idle" }
  | { status: "running"; slow: boolean; step?: Text }
  | { status: "done"; result: T }
  | { status: "failed"; error: Text };

export interface Operation<T> {
  state: OperationState<T>;
  running: boolean;
  /** Starts `work` unless an operation is running; resolves with its result, or undefined when it failed or did not start. */
  start(work: (progress: Progress) => Promise<T>): Promise<T | undefined>;
  /** Forgets a finished operation's result or error. */
  reset(): void;
}

export function useOperation<T>(): Operation<T> {
  const [state, setState] = useState<OperationState<T>>({ status: "idle" });
  const busy = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const update = useCallback((next: (previous: OperationState<T>) => OperationState<T>) => {
    if (mounted.current) setState(next);
  }, []);

  const start = useCallback(
    async (work: (progress: Progress) => Promise<T>): Promise<T | undefined> => {
      // A ref, not state: two clicks in one event loop turn both see the same stale state.
      if (busy.current) return undefined;
      busy.current = true;
      update(() => ({ status: "running", slow: false }));
      const timer = setTimeout(() => update((s) => (s.status === "running" ? { ...s, slow: true } : s)), SLOW_MS);
      const progress: Progress = (step) => update((s) => (s.status === "running" ? { ...s, step } : s));
      try {
        const result = await work(progress);
        update(() => ({ status: "done", result }));
        return result;
      } catch (error) {
        // The pane shows the sentence; the console keeps the cause for whoever debugs it.
        console.error("Implementeringsplan: operation failed", error);
        update(() => ({ status: "failed", error: errorText(error) }));
        return undefined;
      } finally {
        clearTimeout(timer);
        busy.current = false;
      }
    },
    [update],
  );
  const reset = useCallback(() => update((s) => (s.status === "running" ? s : { status: "idle" })), [update]);
  return { state, running: state.status === "running", start, reset };
}
