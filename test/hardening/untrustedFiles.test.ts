/**
 * Untrusted files: a file that is too big, too many parts, a zip bomb (honest, and one whose
 * central directory lies about sizes) and XML that declares entities (billion laughs, an external
 * entity, hidden behind a comment or in UTF-16) are refused before parsing, by the real CLI in a
 * child process, with one sentence, exit code 2, and a bounded peak memory (the process's maxRSS).
 */
import { closeSync, openSync, ftruncateSync, writeFileSync } from "node:fs";
import path from "node:path";
import { tempDir } from "../support/cli";
import { buildZip } from "../rollup/support/zip";
import { runImplan } from "./support/childCli";
import { EXTERNAL_ENTITY, billionLaughs, planWithDoctype, zipBomb } from "./support/hostileFiles";
import { filledPlanBytes } from "./support/plans";
import { prologProblem } from "../../src/xlsx/xmlProlog";

const MB = 1024 * 1024;
/** Node, tsx and ExcelJS alone take about 140 MB; a parsed bomb would take gigabytes. */
const MAX_RSS_MB = 300;
const MAX_SECONDS = 30;
const SHEET2 = "xl/worksheets/sheet2.xml";
const DOCTYPE = (part: string) => `delen ${part} erklærer en dokumenttype (DOCTYPE), som Excel aldrig skriver, og som kan bruges til at angribe den, der åbner filen`;

interface HostileCase {
  title: string;
  input: { file: (target: string) => Promise<void> };
  /** The reason after "{file} kan ikke læses som regneark: ". */
  expected: { reason: string | RegExp };
}

const write = (bytes: () => Promise<Uint8Array>) => async (target: string) => writeFileSync(target, await bytes());

const cases: HostileCase[] = [
  {
    title: "a 60 MB file, refused from its size without reading it",
    input: {
      file: async (target) => {
        const fd = openSync(target, "w");
        ftruncateSync(fd, 60 * MB);
        closeSync(fd);
      },
    },
    expected: { reason: "den fylder 60 MB, mere end de tilladte 50 MB" },
  },
  {
    title: "an archive of 10,001 parts",
    input: { file: write(async () => buildZip(Array.from({ length: 10_001 }, (_, i) => ({ name: `xl/p${i}.xml`, method: 0, content: new Uint8Array() })))) },
    expected: { reason: "den indeholder 10001 dele, mere end de tilladte 10000" },
  },
  {
    title: "a zip bomb that declares its 256 MB sheet honestly",
    input: { file: write(() => zipBomb(256, "truth")) },
    expected: { reason: /^delen xl\/worksheets\/sheet1\.xml pakkes ud \d+ gange \(højst 100\), som en zip-bombe$/ },
  },
  {
    title: "a zip bomb whose central directory says its 256 MB sheet is 4 KB",
    input: { file: write(() => zipBomb(256, 4096)) },
    expected: { reason: "delen xl/worksheets/sheet1.xml fylder mere end den angiver, som en zip-bombe" },
  },
  { title: "a sheet whose XML declares a billion laughs", input: { file: write(() => planWithDoctype(SHEET2, billionLaughs())) }, expected: { reason: DOCTYPE(SHEET2) } },
  { title: "a sheet whose XML declares an external entity", input: { file: write(() => planWithDoctype(SHEET2, EXTERNAL_ENTITY)) }, expected: { reason: DOCTYPE(SHEET2) } },
  {
    title: "shared strings whose DOCTYPE hides behind a comment",
    input: { file: write(() => planWithDoctype("xl/sharedStrings.xml", billionLaughs(), { comment: true })) },
    expected: { reason: DOCTYPE("xl/sharedStrings.xml") },
  },
  { title: "a sheet in UTF-16 that declares entities", input: { file: write(() => planWithDoctype(SHEET2, billionLaughs(), { utf16: true })) }, expected: { reason: DOCTYPE(SHEET2) } },
];

describe("untrusted files are refused before parsing, in bounded time and memory", () => {
  test.concurrent.each(cases)("implan validate refuses $title", async ({ input, expected }) => {
    const file = path.join(tempDir("implan-hostile-"), "plan.xlsx");
    await input.file(file);
    const result = await runImplan("validate", file);
    const [sentence, ...rest] = result.stderr.trim().split("\n");
    const prefix = `${file} kan ikke læses som regneark: `;
    expect({ code: result.code, prefix: sentence.slice(0, prefix.length), rest, stdout: result.stdout }).toEqual({ code: 2, prefix, rest: [], stdout: "" });
    const reason = sentence.slice(prefix.length).replace(/\.$/, "");
    if (typeof expected.reason === "string") expect(reason).toBe(expected.reason);
    else expect(reason).toMatch(expected.reason);
    expect(result.peakRssMb).toBeLessThan(MAX_RSS_MB);
    expect(result.seconds).toBeLessThan(MAX_SECONDS);
    if (process.env.IMPLAN_MEASURE) console.log(`${file}: peak ${result.peakRssMb.toFixed(0)} MB, ${result.seconds.toFixed(1)} s`);
  });

  test("the same child reads an honest plan, so the bound is not met by reading nothing", async () => {
    const file = path.join(tempDir("implan-hostile-"), "plan.xlsx");
    writeFileSync(file, await filledPlanBytes());
    const result = await runImplan("validate", file, "--today", "2026-10-01");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("0 fejl og 4 advarsler");
    expect(result.peakRssMb).toBeLessThan(MAX_RSS_MB);
    if (process.env.IMPLAN_MEASURE) console.log(`honest plan: peak ${result.peakRssMb.toFixed(0)} MB, ${result.seconds.toFixed(1)} s`);
  });
});

describe("reading an XML part's prolog", () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  test.each([
    { title: "a plain XML declaration and root", input: '<?xml version="1.0"?>\n<worksheet/>', complete: true, expected: undefined },
    { title: "a byte-order mark, a comment and a processing instruction", input: '\uFEFF<?xml version="1.0"?><!-- x --><?pi y?><worksheet/>', complete: true, expected: undefined },
    { title: "a DOCTYPE", input: '<?xml version="1.0"?><!DOCTYPE worksheet><worksheet/>', complete: true, expected: "doctype" },
    { title: "an ENTITY without a DOCTYPE", input: '<?xml version="1.0"?><!ENTITY a "b"><worksheet/>', complete: true, expected: "doctype" },
    { title: "a comment that never ends within the bytes read", input: '<?xml version="1.0"?><!-- ' + "x".repeat(100), complete: false, expected: "long" },
  ])("finds $expected in $title", ({ input, complete, expected }) => {
    expect(prologProblem(utf8(input), complete)).toBe(expected);
  });
});
