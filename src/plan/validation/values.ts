/**
 * Status, Vurdering and Fase cells must hold one of the model's words. Paste and fill-down bypass
 * Excel's drop-down lists, so these are checked again here, with the word the user most likely meant.
 */
import { MODEL } from "../../model";
import { quotedList } from "../../model/distance";
import type { Lang, Text } from "../../model/types";
import type { SnapshotCell } from "../snapshot";
import { assessmentOf, finding, idOf, isEmpty, shown } from "./cells";
import { perTaskRow } from "./rows";
import { ASSESSMENT_SYNONYMS, STATUS_SYNONYMS, closestLabel, type Word } from "./suggest";
import type { Finding, Rule } from "./types";

interface WordCheck {
  /** "Status" / "Vurdering" / "Fase": the column, as the message names it. */
  column: Text;
  words: readonly Word<string>[];
  synonyms?: Record<string, string>;
}

function wrongWord(check: WordCheck, cell: SnapshotCell | undefined, lang: Lang): Text {
  const labels = check.words.map((w) => w.label[lang]);
  const list = { da: quotedList(labels, "eller"), en: quotedList(labels, "or") };
  if (isEmpty(cell)) {
    return { da: `${check.column.da} er tom; vælg ${list.da}.`, en: `${check.column.en} is empty; choose ${list.en}.` };
  }
  const value = typeof cell?.value === "string" ? cell.value : "";
  const near = closestLabel(value, check.words, lang, check.synonyms);
  if (near) {
    return {
      da: `${check.column.da} ${shown(cell)} er ikke en af de tilladte værdier; mente du "${near}"?`,
      en: `${check.column.en} ${shown(cell)} is not one of the allowed values; did you mean "${near}"?`,
    };
  }
  return {
    da: `${check.column.da} ${shown(cell)} er ikke en af de tilladte værdier; vælg ${list.da}.`,
    en: `${check.column.en} ${shown(cell)} is not one of the allowed values; choose ${list.en}.`,
  };
}

/**
 * wrongWord, worked out once per distinct text in one validation: a mistyped or pasted word is often
 * filled down a whole column, and looking for the nearest word is the slow part.
 */
function wrongWords(check: WordCheck, lang: Lang): (cell: SnapshotCell) => Text {
  const byText = new Map<string, Text>();
  return (cell) => {
    if (typeof cell.value !== "string") return wrongWord(check, cell, lang);
    let message = byText.get(cell.value);
    if (!message) byText.set(cell.value, (message = wrongWord(check, cell, lang)));
    return { ...message };
  };
}

const STATUS: WordCheck = { column: { da: "Status", en: "Status" }, words: MODEL.statuses, synonyms: STATUS_SYNONYMS };
const ASSESSMENT: WordCheck = { column: { da: "Vurdering", en: "Assessment" }, words: MODEL.assessments, synonyms: ASSESSMENT_SYNONYMS };
const PHASE: WordCheck = { column: { da: "Fase", en: "Phase" }, words: MODEL.phases };

/** status-value: a task's Status is one of the four statuses. */
export const statusValueRule: Rule = (context) => {
  const message = wrongWords(STATUS, context.lang);
  return perTaskRow((row) => {
    const cell = row.cells.status;
    if (!cell || row.status) return undefined;
    return finding("status-value", "error", row.sheet, cell.address, message(cell), row.id);
  })(context);
};

/** assessment-value: a success criterion's Vurdering is one of the four assessments. */
export const assessmentValueRule: Rule = ({ snapshot, lang }) =>
  snapshot.criteria.flatMap((row): Finding[] => {
    const cell = row.cells.assessment;
    if (!cell || assessmentOf(cell, lang)) return [];
    return [finding("assessment-value", "error", row.sheet, cell.address, wrongWord(ASSESSMENT, cell, lang), idOf(row.cells.id))];
  });

/** phase-value: a task's Fase is one of the four phases (its dates are looked up by it). */
export const phaseValueRule: Rule = (context) => {
  const message = wrongWords(PHASE, context.lang);
  return perTaskRow((row) => {
    const cell = row.cells.phase;
    if (!cell || row.phase) return undefined;
    return finding("phase-value", "error", row.sheet, cell.address, message(cell), row.id);
  })(context);
};
