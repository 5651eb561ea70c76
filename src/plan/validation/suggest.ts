/**
 * "Did you mean": the model word closest to what someone typed or pasted into a Status or Vurdering
 * cell. Spacing, case, hyphens and æ/ø/å spellings are ignored ("igang" → "I gang"), the other
 * language's word counts ("In progress" → "I gang"), and a few common synonyms are known.
 */
import { editDistance } from "../../model/distance";
import type { Lang, Text } from "../../model/types";

/** Comparable form: lower case, no spaces or punctuation, æ/ø/å as ae/o/a. */
export function fold(text: string): string {
  return text
    .normalize("NFC")
    .toLocaleLowerCase("da")
    .replace(/æ/g, "ae")
    .replace(/ø/g, "o")
    .replace(/oe/g, "o")
    .replace(/å/g, "a")
    .replace(/aa/g, "a")
    .replace(/[^a-z0-9]/g, "");
}

export interface Word<T extends string> {
  id: T;
  label: Text;
}

/**
 * The label (in `lang`) of the word `input` most likely means, or undefined when nothing is close.
 * `synonyms` maps folded synonyms to ids.
 */
export function closestLabel<T extends string>(input: string, words: readonly Word<T>[], lang: Lang, synonyms: Record<string, T> = {}): string | undefined {
  const folded = fold(input);
  if (folded === "") return undefined;
  const spellings = new Map<string, T>(Object.entries(synonyms) as [string, T][]);
  for (const word of words) {
    spellings.set(fold(word.label.da), word.id);
    spellings.set(fold(word.label.en), word.id);
  }
  const id = spellings.get(folded) ?? nearestId(folded, spellings);
  return id === undefined ? undefined : words.find((w) => w.id === id)?.label[lang];
}

/** The id of the one spelling within a few edits; none when two different words are equally near. */
function nearestId<T extends string>(folded: string, spellings: Map<string, T>): T | undefined {
  // Short inputs allow fewer edits, so "x" suggests nothing instead of a random word.
  const allowed = Math.min(3, Math.floor(folded.length / 3));
  let best: { distance: number; ids: Set<T> } = { distance: allowed + 1, ids: new Set() };
  for (const [spelling, id] of spellings) {
    const distance = editDistance(folded, spelling);
    if (distance < best.distance) best = { distance, ids: new Set([id]) };
    else if (distance === best.distance) best.ids.add(id);
  }
  return best.ids.size === 1 ? [...best.ids][0] : undefined;
}

/** Words people write for a status instead of the four values. */
export const STATUS_SYNONYMS = {
  faerdig: "fuldfoert",
  afsluttet: "fuldfoert",
  done: "fuldfoert",
  lukket: "fuldfoert",
  igangvaerende: "i-gang",
  pabegyndt: "i-gang",
  startet: "i-gang",
  started: "i-gang",
  ongoing: "i-gang",
  ikkepabegyndt: "ikke-startet",
  todo: "ikke-startet",
  na: "ikke-relevant",
  irrelevant: "ikke-relevant",
  udgar: "ikke-relevant",
} as const;

/** Words people write for an assessment instead of the four values. */
export const ASSESSMENT_SYNONYMS = {
  delvist: "delvist-opfyldt",
  delvis: "delvist-opfyldt",
  ja: "opfyldt",
  nej: "ikke-opfyldt",
} as const;
