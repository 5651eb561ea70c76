/** "Did you mean": the model word closest to what was typed, or none when it is not clear. */
import { MODEL } from "../../src/model";
import { ASSESSMENT_SYNONYMS, STATUS_SYNONYMS, closestLabel } from "../../src/plan/validation/suggest";

const cases: { title: string; input: string; lang: "da" | "en"; expected: string | undefined }[] = [
  { title: "missing space", input: "igang", lang: "da", expected: "I gang" },
  { title: "ø written as o", input: "Fuldfort", lang: "da", expected: "Fuldført" },
  { title: "ø written as oe", input: "fuldfoert", lang: "da", expected: "Fuldført" },
  { title: "a typo", input: "Ikke strtet", lang: "da", expected: "Ikke startet" },
  { title: "the other language's word", input: "Not applicable", lang: "da", expected: "Ikke relevant" },
  { title: "a synonym", input: "Afsluttet", lang: "da", expected: "Fuldført" },
  { title: "an English workbook gets the English word", input: "igang", lang: "en", expected: "In progress" },
  { title: "a word that fits two values equally gives no suggestion", input: "Ikke", lang: "da", expected: undefined },
  { title: "one letter gives no suggestion", input: "x", lang: "da", expected: undefined },
  { title: "an empty input gives no suggestion", input: "  ", lang: "da", expected: undefined },
];

describe("closestLabel for statuses", () => {
  test.each(cases)("$title: $input → $expected", ({ input, lang, expected }) => {
    expect(closestLabel(input, MODEL.statuses, lang, STATUS_SYNONYMS)).toBe(expected);
  });
});

describe("closestLabel for assessments", () => {
  test.each([
    { input: "delvis", expected: "Delvist opfyldt" },
    { input: "ikke opfylt", expected: "Ikke opfyldt" },
    { input: "Partly met", expected: "Delvist opfyldt" },
  ])("$input → $expected", ({ input, expected }) => {
    expect(closestLabel(input, MODEL.assessments, "da", ASSESSMENT_SYNONYMS)).toBe(expected);
  });
});
