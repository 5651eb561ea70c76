/**
 * The rollup workbook's contract: sheet, table and column names. Consultants build PivotTables and
 * formulas on these, the overview's formulas refer to them, and readRollout finds the Udrulning
 * table by them, so change them only with care. Table names are the same in both languages.
 */
import type { Lang, Text } from "../../model/types";

export const ROLLUP_TABLES = {
  status: "Status",
  criteria: "Kriterier",
  files: "Filer",
  findings: "Fund",
  municipalities: "Kommuner",
  waves: "Bølgestatus",
  wavePhases: "Fasestatus",
  themes: "Temastatus",
  rolloutWaves: "Bølger",
  rollout: "Udrulning",
} as const;

/** The as-of date every overdue flag and "next transition" is computed from. */
export const AS_OF_NAME = "Statusdato";

export const ROLLUP_SHEETS = {
  overview: { da: "Overblik", en: "Overview" },
  municipalities: { da: "Kommuner", en: "Municipalities" },
  status: { da: "Status", en: "Status" },
  criteria: { da: "Kriterier", en: "Criteria" },
  files: { da: "Filer", en: "Files" },
  findings: { da: "Fund", en: "Findings" },
  rollout: { da: "Udrulning", en: "Rollout" },
} satisfies Record<string, Text>;

export interface ColumnDef<K extends string = string> {
  key: K;
  header: Text;
  width: number;
}

const col = <K extends string>(key: K, da: string, en: string, width: number): ColumnDef<K> => ({ key, header: { da, en }, width });

const municipality = col("municipality", "Kommune", "Municipality", 18);
const code = col("code", "Kommunekode", "Municipality code", 13);
const wave = col("wave", "Bølge", "Wave", 8);
const goLive = col("goLive", "Go-live", "Go-live", 12);
const file = col("file", "Fil", "File", 44);

export const STATUS_COLUMNS = [
  municipality,
  code,
  wave,
  goLive,
  col("id", "ID", "ID", 9),
  col("task", "Opgave", "Task", 44),
  col("theme", "Tema", "Theme", 26),
  col("phase", "Fase", "Phase", 20),
  col("responsible", "Ansvarlig", "Responsible", 18),
  col("status", "Status", "Status", 14),
  col("deadline", "Deadline", "Deadline", 12),
  col("overdue", "Forsinket", "Overdue", 10),
] as const;

export const CRITERIA_COLUMNS_ROLLUP = [
  municipality,
  code,
  wave,
  col("id", "ID", "ID", 9),
  col("phase", "Fase", "Phase", 20),
  col("criterion", "Succeskriterie", "Success criterion", 50),
  col("assessment", "Vurdering", "Assessment", 16),
  col("justification", "Begrundelse", "Justification", 40),
] as const;

export const FILE_COLUMNS = [
  file,
  municipality,
  code,
  wave,
  col("modelVersion", "Modelversion", "Model version", 13),
  col("outcome", "Resultat", "Outcome", 16),
  col("errors", "Fejl", "Errors", 7),
  col("warnings", "Advarsler", "Warnings", 10),
  col("message", "Besked", "Message", 70),
] as const;

export const FINDING_COLUMNS = [
  file,
  municipality,
  code,
  col("rule", "Regel", "Rule", 22),
  col("severity", "Alvor", "Severity", 10),
  col("sheet", "Ark", "Sheet", 22),
  col("cell", "Celle", "Cell", 8),
  col("task", "Opgave", "Task", 9),
  col("message", "Besked", "Message", 80),
] as const;

export const ROLLOUT_WAVE_COLUMNS = [wave, goLive] as const;
export const ROLLOUT_COLUMNS = [code, municipality, wave, goLive] as const;

export type StatusKey = (typeof STATUS_COLUMNS)[number]["key"];
export type CriteriaKey = (typeof CRITERIA_COLUMNS_ROLLUP)[number]["key"];
export type FileKey = (typeof FILE_COLUMNS)[number]["key"];
export type FindingKey = (typeof FINDING_COLUMNS)[number]["key"];

/** A column's header in a language; throws for a key the list lacks (a programming error). */
export function headerOf(columns: readonly ColumnDef[], key: string, lang: Lang): string {
  const column = columns.find((c) => c.key === key);
  if (!column) throw new Error(`Unknown rollup column ${key}`);
  return column.header[lang];
}

/** A structured reference to a whole column: ref("Status", "Bølge") → "Status[Bølge]". */
export function columnRef(table: string, header: string): string {
  return `${table}[${escapeHeader(header)}]`;
}

/** A reference to the same row's cell in a table: "Kommuner[[#This Row],[Kommunekode]]". */
export function thisRowRef(table: string, header: string): string {
  return `${table}[[#This Row],[${escapeHeader(header)}]]`;
}

/** In structured references ', #, [ and ] in a header are escaped with '. */
function escapeHeader(header: string): string {
  return header.replace(/['#[\]]/g, (ch) => `'${ch}`);
}
