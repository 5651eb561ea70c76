/**
 * What the task pane may ask of the Excel it runs in.
 *
 * The pane never touches `Excel` or `Office` itself: it is given a `PlanHost`. src/excel implements
 * this interface with Office.js (every `Excel.run` lives there), `officeHost.ts` supplies the parts
 * that need only `Office.context`, and tests pass an in-memory fake. Every function is async because
 * each one is a round trip to the host. Features (create plan, validate, model browser) add their
 * functions here as they arrive, each taking and returning plain data.
 */
export interface PlanHost {
  /** Which Excel the pane runs in and which Excel API it offers, so the pane can adapt to it. */
  describe(): Promise<HostDescription>;
}

/** Where Excel runs; "unknown" for platforms Office may add later. */
export type HostPlatform = "web" | "windows" | "mac" | "ios" | "android" | "unknown";

export interface HostDescription {
  platform: HostPlatform;
  /** The newest ExcelApi requirement set this Excel supports, e.g. "1.17". */
  excelApi: string;
}
