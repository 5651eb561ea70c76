/**
 * The metadata table (format marker, model version, language, stored variant) read from a view,
 * and the check that the workbook's model version is one this tool knows.
 */
import { MODEL_VERSION } from "../model";
import { UserError } from "../model/errors";
import type { Lang } from "../model/types";
import { META_TABLE } from "./layout";
import { META_KEYS } from "./metaSheet";
import type { TableView, WorkbookView } from "./workbookView";

export interface PlanMeta {
  format?: string;
  modelVersion?: string;
  lang?: Lang;
  variantJson?: string;
}

function text(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  return typeof value === "string" ? value : String(value);
}

export function findMetaTable(view: WorkbookView): TableView | undefined {
  for (const sheet of view.sheets) {
    const table = sheet.tables.find((t) => t.name.toLowerCase() === META_TABLE.toLowerCase());
    if (table) return table;
  }
  return undefined;
}

/** Key/value rows; the variant is split over "variant.1", "variant.2", … and joined in order. */
export function readMeta(table: TableView | undefined): PlanMeta {
  if (!table) return {};
  const values = new Map<string, string>();
  for (const [key, value] of table.rows) {
    const name = text(key?.value);
    if (name) values.set(name, text(value?.value) ?? "");
  }
  const chunks = [...values.keys()]
    .filter((key) => key.startsWith(`${META_KEYS.variant}.`))
    .sort((a, b) => Number(a.split(".")[1]) - Number(b.split(".")[1]))
    .map((key) => values.get(key) as string);
  const lang = values.get(META_KEYS.lang);
  return {
    format: values.get(META_KEYS.format),
    modelVersion: values.get(META_KEYS.modelVersion),
    lang: lang === "da" || lang === "en" ? lang : undefined,
    variantJson: chunks.length > 0 ? chunks.join("") : undefined,
  };
}

/** Negative when version `a` is older than `b`; versions are dot-separated numbers ("2018.1"). */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.split(".").map((p) => Number.parseInt(p, 10) || 0);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const difference = (x[i] ?? 0) - (y[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** Throws when the workbook was made from a newer model than this tool has. */
export function assertKnownModelVersion(source: string, version: string | undefined): void {
  if (version === undefined || compareVersions(version, MODEL_VERSION) <= 0) return;
  throw new UserError({
    da: `${source} er lavet efter implementeringsmodellen version ${version}, men dette værktøj kender kun version ${MODEL_VERSION}; opdater implan, før du bruger filen.`,
    en: `${source} was made from version ${version} of the implementation model, but this tool only knows version ${MODEL_VERSION}; update implan before using the file.`,
  });
}
