/**
 * The bench's output: one row per measured key with its budget, printed as a table for people and,
 * as the very last line, one JSON object for CI and scripts. A value is null only when it could not
 * be measured; the row's note then says why.
 */

export const KEYS = [
  "generate_syncs",
  "generate_payload_bytes",
  "validate_syncs",
  "update_syncs",
  "rollup98_syncs",
  "rollup98_max_payload_bytes",
  "syncs_500_local_tasks",
  "cli_generate_ms",
  "cli_generate_ratio",
  "cli_rollup98_ms",
  "cli_rollup98_ratio",
  "validate_100k_rows_ms",
  "taskpane_initial_js_gzip_bytes",
  "taskpane_first_render_ms",
] as const;

export type Key = (typeof KEYS)[number];

export interface Metric {
  key: Key;
  value: number | null;
  /** The largest value within budget; absent for a figure that is only reported. */
  budget?: number;
  /** What the number is, or why it is null. */
  note?: string;
}

/** One run's results, before formatting. */
export type Results = Map<Key, Metric>;

/** As printed and judged: ratios to two decimals, everything else whole. */
export function rounded(key: Key, value: number): number {
  return key.endsWith("_ratio") ? Math.round(value * 100) / 100 : Math.round(value);
}

export function verdict(metric: Metric): "ok" | "MISSED" | "n/a" | "" {
  if (metric.value === null) return "n/a";
  if (metric.budget === undefined) return "";
  return rounded(metric.key, metric.value) <= metric.budget ? "ok" : "MISSED";
}

function show(value: number | null, key: Key): string {
  if (value === null) return "null";
  if (key.endsWith("_ratio")) return value.toFixed(2);
  return Math.round(value).toLocaleString("en-US");
}

/** The human-readable table: metric, value, budget, ok/MISSED, note. */
export function formatTable(results: Results): string {
  const rows = KEYS.map((key) => {
    const metric = results.get(key) ?? { key, value: null, note: "not measured" };
    return [key, show(metric.value, key), metric.budget === undefined ? "" : `≤ ${show(metric.budget, key)}`, verdict(metric), metric.note ?? ""];
  });
  const head = ["metric", "value", "budget", "", "note"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 1 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(" | ")} |`;
  return [line(head), `|${widths.map((w, i) => (i === 1 ? `${"-".repeat(w + 1)}:` : "-".repeat(w + 2))).join("|")}|`, ...rows.map(line)].join("\n");
}

/** One line per missed budget: by how much. Why is the README's Performance section's job. */
export function missedLines(results: Results): string[] {
  return [...results.values()]
    .filter((m) => verdict(m) === "MISSED")
    .map((m) => {
      const value = m.value as number;
      const budget = m.budget as number;
      return `${m.key} missed its budget by ${show(value - budget, m.key)} (${show(value, m.key)} against ${show(budget, m.key)}, ${(value / budget).toFixed(2)}×)`;
    });
}

/** Every key, in order, rounded as printed; null for a figure that could not be measured. */
export function jsonLine(results: Results): string {
  const entries = KEYS.map((key) => {
    const value = results.get(key)?.value ?? null;
    return [key, value === null ? null : rounded(key, value)];
  });
  return JSON.stringify(Object.fromEntries(entries));
}
