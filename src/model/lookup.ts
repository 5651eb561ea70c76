import { nearMatches, quotedList } from "./distance";
import { UserError } from "./errors";
import { MUNICIPALITIES } from "./municipalities";
import { PHASE_IDS, PHASES } from "./phases";
import { TASKS } from "./tasks";
import { THEME_IDS, THEMES } from "./themes";
import type { Municipality, Phase, PhaseId, Task, Theme, ThemeId } from "./types";

// Maps built once: lookups run for every row of every workbook.
const PHASE_BY_ID = new Map<string, Phase>(PHASES.map((phase) => [phase.id, phase]));
const THEME_BY_ID = new Map<string, Theme>(THEMES.map((theme) => [theme.id, theme]));
const TASK_BY_ID = new Map<string, Task>(TASKS.map((task) => [task.id, task]));

export function phaseById(id: string): Phase | undefined {
  return PHASE_BY_ID.get(id);
}

export function themeById(id: string): Theme | undefined {
  return THEME_BY_ID.get(id);
}

/** A model task (not a local "L-" task) by id, e.g. "PRJ-01". */
export function taskById(id: string): Task | undefined {
  return TASK_BY_ID.get(id);
}

export function isPhaseId(value: unknown): value is PhaseId {
  return typeof value === "string" && (PHASE_IDS as readonly string[]).includes(value);
}

export function isThemeId(value: unknown): value is ThemeId {
  return typeof value === "string" && (THEME_IDS as readonly string[]).includes(value);
}

/**
 * A name in comparable form: case, spacing, hyphens, a trailing "kommune" and the Danish letters
 * (å/aa, æ/ae, ø/oe) do not matter, so "Århus", "aarhus kommune" and "AARHUS" all match "Aarhus".
 */
export function normalizeMunicipalityName(input: string): string {
  return input
    .normalize("NFC")
    .toLocaleLowerCase("da")
    .replace(/[\s-]+/g, " ")
    .trim()
    .replace(/ kommune$/, "")
    .replace(/å/g, "aa")
    .replace(/æ/g, "ae")
    .replace(/ø/g, "oe");
}

const BY_CODE = new Map(MUNICIPALITIES.map((m) => [m.code, m]));
const BY_NAME = new Map(MUNICIPALITIES.map((m) => [normalizeMunicipalityName(m.name), m]));

/** A municipality by name (forgiving, see normalizeMunicipalityName) or code ("101" or "0101"). */
export function findMunicipality(input: string): Municipality | undefined {
  const trimmed = input.trim();
  if (/^\d{1,4}$/.test(trimmed)) return BY_CODE.get(trimmed.padStart(4, "0"));
  return BY_NAME.get(normalizeMunicipalityName(trimmed));
}

/** Up to three municipality names close to `input`, best first. */
export function suggestMunicipalities(input: string): string[] {
  const normalized = normalizeMunicipalityName(input);
  if (normalized === "" || /^\d+$/.test(normalized)) return [];
  return nearMatches(normalized, [...BY_NAME.keys()])
    .slice(0, 3)
    .map((key) => (BY_NAME.get(key) as Municipality).name);
}

/** Like findMunicipality, but an unknown input is a UserError that says what to type instead. */
export function resolveMunicipality(input: string): Municipality {
  const found = findMunicipality(input);
  if (found) return found;
  const shown = input.trim();
  const suggestions = suggestMunicipalities(shown);
  const hint: { da: string; en: string } =
    suggestions.length === 0
      ? { da: "", en: "" }
      : { da: ` Mente du ${quotedList(suggestions, "eller")}?`, en: ` Did you mean ${quotedList(suggestions, "or")}?` };
  throw new UserError({
    da: `Ukendt kommune "${shown}".${hint.da} Angiv et kommunenavn eller en firecifret kommunekode, fx "Aarhus" eller "0751".`,
    en: `Unknown municipality "${shown}".${hint.en} Give a municipality name or a four-digit municipality code, e.g. "Aarhus" or "0751".`,
  });
}
