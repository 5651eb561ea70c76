/** Small helpers for the fake host's own tests. */
import { FakeExcel, type FakeExcelOptions } from "./host";

/** Runs one batch against a fresh fake (or the one given) and returns what the batch returned. */
export async function batch<T>(body: (context: Excel.RequestContext) => Promise<T>, excel = new FakeExcel()): Promise<T> {
  return excel.run(body);
}

export function fake(options: FakeExcelOptions = {}): FakeExcel {
  return new FakeExcel(options);
}

/** The Office error code a promise rejects with (fails the test if it resolves). */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return (error as { code?: string }).code ?? `not an Office error: ${String(error)}`;
  }
  throw new Error("expected the batch to fail");
}

/** The code of a synchronous throw. */
export function thrownCode(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    return (error as { code?: string }).code ?? `not an Office error: ${String(error)}`;
  }
  throw new Error("expected a throw");
}

/**
 * Reads a property by name. The fake's own tests use it where they must break Office.js's rules on
 * purpose (read before load) to show that the fake refuses, which the lint rightly flags elsewhere.
 */
export function peek(object: unknown, property: string): unknown {
  return (object as Record<string, unknown>)[property];
}
