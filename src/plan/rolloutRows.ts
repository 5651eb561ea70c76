/**
 * Rows of a rollout (kommune, bølge, go-live), from a CSV file or the Udrulning table, checked one
 * by one: a bad row becomes a problem with its line number, the good rows still go through.
 */
import { resolveMunicipality } from "../model";
import { isUserError } from "../model/errors";
import type { Municipality, Text } from "../model/types";
import { parseDateInput } from "./dates";

export interface RolloutRecord {
  /** The line in the source file (1-based, header is line 1). */
  line: number;
  fields: Record<string, string>;
}

export interface RolloutEntry {
  line: number;
  municipality: Municipality;
  wave?: number;
  goLive: Date;
}

export interface RolloutProblem {
  line: number;
  text: Text;
}

/** Header spellings people use, normalised: "Bølge", "bolge", "boelge", "wave" → "wave". */
const HEADER_ALIASES: Record<string, "municipality" | "wave" | "goLive"> = {
  kommune: "municipality",
  kommunekode: "municipality",
  municipality: "municipality",
  bølge: "wave",
  bolge: "wave",
  boelge: "wave",
  wave: "wave",
  golive: "goLive",
  "go-live": "goLive",
  "go live": "goLive",
  golivedato: "goLive",
};

export function canonicalHeader(header: string): "municipality" | "wave" | "goLive" | undefined {
  return HEADER_ALIASES[header.trim().toLowerCase().replace(/^\uFEFF/, "")];
}

/** Checks that the headers name the three required columns; returns a problem for line 1 if not. */
export function missingHeaders(headers: string[]): RolloutProblem | undefined {
  const present = new Set(headers.map(canonicalHeader));
  const missing = (["municipality", "wave", "goLive"] as const).filter((h) => !present.has(h));
  if (missing.length === 0) return undefined;
  const names = { municipality: "kommune", wave: "bølge", goLive: "golive" };
  const list = missing.map((m) => names[m]).join(", ");
  return {
    line: 1,
    text: {
      da: `Udrulningsfilen mangler kolonnen ${list}. Første linje skal være: kommune;bølge;golive`,
      en: `The rollout file lacks the column ${list}. The first line must be: kommune;bølge;golive`,
    },
  };
}

function field(record: RolloutRecord, key: "municipality" | "wave" | "goLive"): string {
  for (const [header, value] of Object.entries(record.fields)) {
    if (canonicalHeader(header) === key) return (value ?? "").trim();
  }
  return "";
}

function parseWave(raw: string): number | undefined | Text {
  if (raw === "") return undefined;
  if (!/^\d{1,3}$/.test(raw)) {
    return { da: `bølgen "${raw}" er ikke et helt tal, fx 1`, en: `the wave "${raw}" is not a whole number, e.g. 1` };
  }
  return Number(raw);
}

/** Checks every record; rows for a municipality already seen are problems, not silent merges. */
export function checkRolloutRecords(records: RolloutRecord[]): { entries: RolloutEntry[]; problems: RolloutProblem[] } {
  const entries: RolloutEntry[] = [];
  const problems: RolloutProblem[] = [];
  const seen = new Map<string, number>();
  for (const record of records) {
    const reasons: Text[] = [];
    let municipality: Municipality | undefined;
    let goLive: Date | undefined;
    const nameOrCode = field(record, "municipality");
    try {
      municipality = resolveMunicipality(nameOrCode);
    } catch (error) {
      if (!isUserError(error)) throw error;
      reasons.push(error.text);
    }
    try {
      goLive = parseDateInput(field(record, "goLive"));
    } catch (error) {
      if (!isUserError(error)) throw error;
      reasons.push(error.text);
    }
    const wave = parseWave(field(record, "wave"));
    if (typeof wave === "object") reasons.push(wave);
    if (municipality && seen.has(municipality.code)) {
      reasons.push({
        da: `${municipality.name} står allerede på linje ${seen.get(municipality.code)}`,
        en: `${municipality.name} is already on line ${seen.get(municipality.code)}`,
      });
    }
    if (reasons.length > 0 || !municipality || !goLive) {
      problems.push({
        line: record.line,
        text: { da: reasons.map((r) => r.da).join("; "), en: reasons.map((r) => r.en).join("; ") },
      });
      continue;
    }
    seen.set(municipality.code, record.line);
    entries.push({ line: record.line, municipality, wave: typeof wave === "number" ? wave : undefined, goLive });
  }
  return { entries, problems };
}
