/** The budgets of issue [bench]: the largest value that passes. Figures without one are reported only. */
import type { Key } from "./report";

/** Excel on the web refuses a request over 5 MB; 4 MiB leaves room for Office.js's own envelope. */
const FOUR_MB = 4 * 1024 * 1024;

export const BUDGETS: Partial<Record<Key, number>> = {
  generate_syncs: 3,
  validate_syncs: 1,
  update_syncs: 4,
  rollup98_syncs: 4,
  rollup98_max_payload_bytes: FOUR_MB,
  cli_generate_ratio: 1.3,
  cli_rollup98_ratio: 1.3,
  validate_100k_rows_ms: 300,
  taskpane_initial_js_gzip_bytes: 200_000,
  taskpane_first_render_ms: 1500,
};
