/**
 * The Udrulning view's spreadsheet code, in a chunk of its own (loadXlsx.ts): ExcelJS to read a
 * returned plan and to write a new one, and JSZip for a wave's plans in one download. Loaded only
 * when the view first needs it, so it never weighs on the pane's first load. Browser-safe: bytes
 * are Uint8Arrays, nothing from Node.
 */
import JSZip from "jszip";
import type { Lang, Municipality } from "../../model/types";
import { DEFAULT_VARIANT } from "../../model/variant";
import { buildPlanWorkbook } from "../../workbook/build";
import { planFileName } from "../../workbook/fileName";
import { renderWorkbook } from "../../xlsx/render";

export { readPlanForRollup } from "../../xlsx/rollupRead";

export interface WavePlan {
  municipality: Municipality;
  wave?: number;
  goLive: Date;
}

export interface WavePlanOptions {
  lang: Lang;
  /** The shared IT solution on each plan's front sheet; "" for none. */
  solution: string;
  /** Called before each plan is made, 1-based. */
  progress(index: number, total: number, municipality: string): void;
}

/** One .zip holding a plan (.xlsx) per municipality, named as `implan generate` names them. */
export async function wavePlansZip(plans: readonly WavePlan[], options: WavePlanOptions): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [i, plan] of plans.entries()) {
    options.progress(i + 1, plans.length, plan.municipality.name);
    const description = buildPlanWorkbook({
      goLive: plan.goLive,
      lang: options.lang,
      variant: DEFAULT_VARIANT,
      municipality: plan.municipality,
      solution: options.solution.trim() || undefined,
      wave: plan.wave,
    });
    const bytes = await renderWorkbook(description).xlsx.writeBuffer();
    zip.file(planFileName(plan.municipality.code, plan.municipality.name), new Uint8Array(bytes as ArrayBuffer));
  }
  // The plans are zip archives already: storing them is as small and much quicker.
  return zip.generateAsync({ type: "uint8array", compression: "STORE" });
}
