/**
 * A very hidden sheet with what the tool needs to read a plan back: a format marker, the model
 * version, the language and the variant the plan was made from. Cells hold at most 32,767
 * characters, so the variant's JSON is split over as many rows as it needs.
 */
import { MODEL_VERSION } from "../model";
import { cell, text } from "./cells";
import type { PlanInput } from "./input";
import { LABELS } from "./labels";
import { META_TABLE } from "./layout";
import { newSheet } from "./sheet";
import type { SheetDescription } from "./types";

export const PLAN_FORMAT = "implan-plan/1";
export const META_KEYS = { format: "format", modelVersion: "modelVersion", lang: "lang", variant: "variant" } as const;
const CHUNK = 30000;

export function buildMetaSheet(input: PlanInput, variantJson: string): SheetDescription {
  const sheet = newSheet("meta", "meta", LABELS.metaSheet[input.lang]);
  sheet.visibility = "veryHidden";
  sheet.columnWidths = [16, 80];
  const rows: [string, string][] = [
    [META_KEYS.format, PLAN_FORMAT],
    [META_KEYS.modelVersion, MODEL_VERSION],
    [META_KEYS.lang, input.lang],
  ];
  for (let i = 0; i * CHUNK < Math.max(variantJson.length, 1); i++) {
    rows.push([`${META_KEYS.variant}.${i + 1}`, variantJson.slice(i * CHUNK, (i + 1) * CHUNK)]);
  }
  sheet.cells.push(cell("A1", text("Implan"), "label"));
  sheet.tables.push({
    name: META_TABLE,
    topLeft: "A2",
    columns: [
      { key: "key", header: "Key", width: 16 },
      { key: "value", header: "Value", width: 80 },
    ],
    rows: rows.map(([key, value]) => [text(key), text(value)]),
    style: "TableStyleLight1",
  });
  return sheet;
}
