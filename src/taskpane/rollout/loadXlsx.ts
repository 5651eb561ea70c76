/**
 * Loads the view's spreadsheet chunk (ExcelJS, JSZip) on first use. A chunk that failed to load
 * (network) is tried again on the next call instead of failing for good, as lazyHost.ts does.
 */
export type XlsxChunk = typeof import("./xlsxChunk");

let loading: Promise<XlsxChunk> | undefined;

export function loadXlsx(): Promise<XlsxChunk> {
  loading ??= import(/* webpackChunkName: "rollout-xlsx" */ "./xlsxChunk").catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
