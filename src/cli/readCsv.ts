/**
 * Reads a CSV file as people save it from Excel: UTF-8 with or without a BOM, or Windows-1252;
 * separated by ";" (Danish Excel) or "," — even mixed within one file.
 */
import { promises as fs } from "node:fs";
import { parse } from "csv-parse/sync";
import iconv from "iconv-lite";
import { UserError } from "../model/errors";
import type { Text } from "../model/types";
import type { RolloutRecord } from "../plan/rolloutRows";

/** Bytes → text: valid UTF-8 is UTF-8, anything else is taken as Windows-1252 (Excel's "CSV"). */
export function decodeCsvBytes(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return iconv.decode(Buffer.from(bytes), "win1252");
  }
}

export function parseCsvText(text: string): { headers: string[]; records: RolloutRecord[] } {
  const rows = parse(text, {
    delimiter: [";", ","],
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
    info: true,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  if (rows.length === 0) return { headers: [], records: [] };
  const headers = rows[0].record;
  const records = rows.slice(1).map(({ record, info }) => ({
    line: info.lines,
    fields: Object.fromEntries(headers.map((h, i) => [h, record[i] ?? ""])),
  }));
  return { headers, records };
}

export async function readRolloutCsv(file: string): Promise<{ headers: string[]; records: RolloutRecord[] }> {
  const bytes = await fs.readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new UserError({
      da: `Kan ikke læse udrulningsfilen ${file}: ${error.code === "ENOENT" ? "filen findes ikke" : error.message}.`,
      en: `Cannot read the rollout file ${file}: ${error.code === "ENOENT" ? "the file does not exist" : error.message}.`,
    });
  });
  try {
    return parseCsvText(decodeCsvBytes(bytes));
  } catch (error) {
    const why = csvProblem(error as Error & { code?: string; lines?: number });
    throw new UserError({
      da: `Udrulningsfilen ${file} er ikke gyldig CSV: ${why.da}.`,
      en: `The rollout file ${file} is not valid CSV: ${why.en}.`,
    });
  }
}

/** csv-parse's errors in words a user can act on; the parser's own English for the rare others. */
function csvProblem(error: Error & { code?: string; lines?: number }): Text {
  const line = error.lines;
  switch (error.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return { da: `et citationstegn (") i linje ${line} lukkes aldrig; luk det, eller fjern det`, en: `a quote (") on line ${line} is never closed; close it or remove it` };
    case "INVALID_OPENING_QUOTE":
    case "CSV_INVALID_OPENING_QUOTE":
      return { da: `linje ${line} har et citationstegn (") inde i et felt; sæt hele feltet i citationstegn, og skriv " som ""`, en: `line ${line} has a quote (") inside a field; put the whole field in quotes and write " as ""` };
    case "CSV_INVALID_CLOSING_QUOTE":
      return { da: `linje ${line} har tegn lige efter et afsluttende citationstegn ("); sæt ; eller , efter det`, en: `line ${line} has characters right after a closing quote ("); put ; or , after it` };
    default:
      return { da: error.message.replace(/\.$/, ""), en: error.message.replace(/\.$/, "") };
  }
}
