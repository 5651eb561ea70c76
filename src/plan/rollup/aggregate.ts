/**
 * Puts the files together: matches each plan to its municipality and the rollout, and reports every
 * case that must not pass silently: two files for one municipality (the first is used, the other
 * is reported), a municipality outside the rollout (used, without a wave, reported), a rollout
 * municipality without a file, a plan that names no municipality, an unreadable or skipped file.
 */
import { MODEL_VERSION } from "../../model";
import type { Municipality, Text } from "../../model/types";
import { asCivil } from "../civil";
import { toExcelSerial } from "../dates";
import { rollupFindings } from "./messages";
import type { RolloutMember, RolloutPlan } from "./rollout";
import type { CriteriaRow, FileRead, FileRow, MunicipalityRow, PlanSummary, RollupFinding, RollupResult, StatusRow } from "./types";

export interface AggregateOptions {
  /** The as-of date for overdue tasks and the next transition (UTC midnight). */
  asOf: Date;
  rollout?: RolloutPlan;
}

interface Used {
  file: string;
  plan: PlanSummary;
  municipality: Municipality;
  wave?: number;
  inRollout: boolean;
}

const count = (findings: RollupFinding[], severity: "error" | "warning") => findings.filter((f) => f.severity === severity).length;
const joined = (findings: RollupFinding[]): Text => ({ da: findings.map((f) => f.message.da).join(" "), en: findings.map((f) => f.message.en).join(" ") });

function fileRow(base: Omit<FileRow, "errors" | "warnings" | "message">, all: RollupFinding[], own: RollupFinding[]): FileRow {
  return { ...base, errors: count(all, "error"), warnings: count(all, "warning"), message: joined(own) };
}

/** The plan's own findings, marked with their file and municipality. */
function planFindings(file: string, plan: PlanSummary): RollupFinding[] {
  return plan.findings.map((f) => (plan.municipality ? { ...f, file, municipality: plan.municipality } : { ...f, file }));
}

export function aggregateRollup(reads: FileRead[], options: AggregateOptions): RollupResult {
  const rollout = options.rollout;
  const members = new Map<string, RolloutMember>((rollout?.members ?? []).map((m) => [m.municipality.code, m]));
  const files: FileRow[] = [];
  const findings: RollupFinding[] = [];
  const used = new Map<string, Used>();
  const duplicates = duplicatesByCode(reads);
  const add = (row: FileRow, rowFindings: RollupFinding[]) => {
    files.push(row);
    findings.push(...rowFindings);
  };

  for (const read of reads) {
    if (read.kind !== "plan") {
      const own = read.kind === "unreadable" ? rollupFindings.unreadable(read.name, read.reason) : rollupFindings.skipped(read.name, read.reason);
      const outcome = read.kind === "unreadable" ? "unreadable" : "skipped";
      const modelVersion = read.kind === "unreadable" ? read.modelVersion : undefined;
      add(fileRow({ file: read.name, outcome, used: false, ...(modelVersion ? { modelVersion } : {}) }, [own], [own]), [own]);
      continue;
    }
    const { plan, name } = read;
    const base = { file: name, modelVersion: plan.modelVersion };
    const municipality = plan.municipality;
    if (!municipality) {
      const own = [rollupFindings.noMunicipality(name, plan.municipalityText)];
      const all = [...planFindings(name, plan), ...own];
      add(fileRow({ ...base, outcome: "noMunicipality", used: false }, all, own), all);
      continue;
    }
    const first = used.get(municipality.code);
    if (first) {
      const own = [rollupFindings.duplicate(name, municipality, first.file)];
      const all = [...planFindings(name, plan), ...own];
      add(fileRow({ ...base, municipality, wave: first.wave, outcome: "duplicate", used: false }, all, own), all);
      continue;
    }
    const member = members.get(municipality.code);
    const own = usedFileFindings(name, plan, municipality, member, rollout, duplicates.get(municipality.code));
    const wave = rollout ? member?.wave : plan.wave;
    used.set(municipality.code, { file: name, plan, municipality, wave, inRollout: member !== undefined });
    const all = [...planFindings(name, plan), ...own];
    add(fileRow({ ...base, municipality, wave, outcome: member || !rollout ? "read" : "unknown", used: true }, all, own), all);
  }

  for (const member of members.values()) {
    if (used.has(member.municipality.code)) continue;
    const own = rollupFindings.missing(member.municipality, member.wave);
    add(fileRow({ municipality: member.municipality, wave: member.wave, outcome: "missing", used: false }, [own], [own]), [own]);
  }
  for (const problem of rollout?.problems ?? []) findings.push(rollupFindings.rolloutRow(rollout?.source ?? "", problem.line, problem.text));

  const municipalities = municipalityRows(rollout, used);
  return { asOf: asCivil(options.asOf, "as-of date"), rollout, files, findings, municipalities, ...tableRows(municipalities, used), waves: wavesOf(municipalities) };
}

/** What the rollup says about a file it uses: duplicates, identity, model version, rollout mismatches. */
function usedFileFindings(name: string, plan: PlanSummary, municipality: Municipality, member: RolloutMember | undefined, rollout: RolloutPlan | undefined, others: string[] | undefined): RollupFinding[] {
  const own: RollupFinding[] = [];
  if (others) own.push(rollupFindings.usedDespiteDuplicate(name, municipality, others));
  if (plan.identity) own.push(rollupFindings.identity(name, municipality, plan.identity, plan.municipalityText));
  if (plan.modelVersion !== MODEL_VERSION) own.push(rollupFindings.modelVersion(name, municipality, plan.modelVersion, MODEL_VERSION));
  if (rollout && !member) own.push(rollupFindings.unknown(name, municipality, rollout.source));
  if (member && plan.wave !== undefined && plan.wave !== member.wave) own.push(rollupFindings.waveDiffers(name, municipality, plan.wave, member.wave));
  const rolloutGoLive = member?.goLive ? toExcelSerial(member.goLive) : undefined;
  if (rolloutGoLive !== undefined && plan.goLive !== undefined && plan.goLive !== rolloutGoLive) {
    own.push(rollupFindings.goLiveDiffers(name, municipality, plan.goLive, rolloutGoLive));
  }
  return own;
}

/** For each municipality with more than one plan file, the files after the first. */
function duplicatesByCode(reads: FileRead[]): Map<string, string[]> {
  const files = new Map<string, string[]>();
  for (const read of reads) {
    const code = read.kind === "plan" ? read.plan.municipality?.code : undefined;
    if (code) files.set(code, [...(files.get(code) ?? []), read.name]);
  }
  return new Map([...files].filter(([, names]) => names.length > 1).map(([code, names]) => [code, names.slice(1)]));
}

function municipalityRows(rollout: RolloutPlan | undefined, used: Map<string, Used>): MunicipalityRow[] {
  const rows: MunicipalityRow[] = (rollout?.members ?? []).map((member) => {
    const chosen = used.get(member.municipality.code);
    const goLive = chosen?.plan.goLive ?? (member.goLive ? toExcelSerial(member.goLive) : undefined);
    return { municipality: member.municipality, wave: member.wave, goLive, inRollout: true, file: chosen?.file, transitions: chosen?.plan.transitions ?? {}, gates: chosen?.plan.gates ?? [] };
  });
  for (const chosen of used.values()) {
    if (chosen.inRollout) continue;
    const { municipality, wave, file, plan } = chosen;
    rows.push({ municipality, wave, goLive: plan.goLive, inRollout: false, file, transitions: plan.transitions, gates: plan.gates });
  }
  const waveKey = (w: number | undefined) => (w === undefined ? Number.MAX_SAFE_INTEGER : w);
  return rows.sort((a, b) => waveKey(a.wave) - waveKey(b.wave) || a.municipality.code.localeCompare(b.municipality.code));
}

function tableRows(municipalities: MunicipalityRow[], used: Map<string, Used>): { statusRows: StatusRow[]; criteriaRows: CriteriaRow[] } {
  const statusRows: StatusRow[] = [];
  const criteriaRows: CriteriaRow[] = [];
  for (const row of municipalities) {
    const chosen = used.get(row.municipality.code);
    if (!chosen) continue;
    const { municipality, wave } = row;
    for (const task of chosen.plan.tasks) statusRows.push({ municipality, wave, goLive: chosen.plan.goLive, task });
    for (const criterion of chosen.plan.criteria) criteriaRows.push({ municipality, wave, criterion });
  }
  return { statusRows, criteriaRows };
}

function wavesOf(municipalities: MunicipalityRow[]): number[] {
  return [...new Set(municipalities.flatMap((m) => (m.wave === undefined ? [] : [m.wave])))].sort((a, b) => a - b);
}
