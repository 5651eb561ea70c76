/**
 * Checks an .xlsx's bytes BEFORE any parser inflates them, so a huge file or a zip bomb is refused
 * in bounded time and memory with one sentence, and a batch (rollup) goes on with the next file.
 *
 * Declared sizes can lie, and JSZip (inside ExcelJS) only notices after inflating everything. But
 * deflate cannot expand more than 1032:1, so the compressed sizes give an upper bound that cannot
 * lie: when that bound is within the limits (every ordinary plan: 40 KB compressed, at most 45 MB
 * whatever it claims), nothing is inflated here at all; otherwise each entry is inflated with a
 * cap at its declared size, and one that overshoots is refused.
 */
import { UserError } from "../model/errors";
import type { Text } from "../model/types";
import { defaultInflateCounter, defaultInflatePrefix, type InflateCounter, type InflatePrefix } from "./inflateCount";
import { sheetNameProblem } from "./sheetNames";
import { xmlPrologProblem } from "./xmlProlog";
import { entryData, readZipDirectory, type ZipEntry, type ZipProblem } from "./zipDirectory";

export interface ArchiveLimits {
  /** The file itself. */
  maxFileBytes: number;
  maxEntries: number;
  /** All entries inflated. */
  maxTotalUncompressed: number;
  /** XML entries inflated: ExcelJS holds ~11 bytes of heap per byte of XML (72 MB → 0.8 GB). */
  maxXmlUncompressed: number;
  /** Inflated ÷ compressed, for entries bigger than `ratioAppliesAbove`. */
  maxEntryRatio: number;
  ratioAppliesAbove: number;
}

const MB = 1024 * 1024;

export const DEFAULT_ARCHIVE_LIMITS: Readonly<ArchiveLimits> = Object.freeze({
  maxFileBytes: 50 * MB,
  maxEntries: 10_000,
  maxTotalUncompressed: 500 * MB,
  maxXmlUncompressed: 100 * MB,
  maxEntryRatio: 100,
  ratioAppliesAbove: 1 * MB,
});

/** Deflate's largest possible expansion, with a margin (zlib's documented maximum is 1032:1). */
const DEFLATE_MAX_RATIO = 1100;

export interface ArchiveOptions {
  limits?: Partial<ArchiveLimits>;
  /** How to count inflated bytes; defaults to the host's best (see inflateCount.ts). */
  inflate?: InflateCounter;
  /** How to inflate the first bytes of an XML part, for its prolog; defaults to the host's best. */
  prefix?: InflatePrefix;
  /** The file's name for messages. */
  name?: string;
}

const size = (bytes: number): string => (bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${Math.ceil(bytes / 1024)} KB`);

function refuse(name: string, why: Text): UserError {
  return new UserError({
    da: `${name} kan ikke læses som regneark: ${why.da}.`,
    en: `${name} cannot be read as a workbook: ${why.en}.`,
  });
}

function problemText(problem: ZipProblem, limits: ArchiveLimits): Text {
  switch (problem.kind) {
    case "notZip":
      return problem.oleCompound
        ? { da: "det er en gammel .xls-fil eller en fil med adgangskode; gem den som .xlsx uden adgangskode", en: "it is an old .xls file or a password-protected file; save it as .xlsx without a password" }
        : { da: "det er ikke en .xlsx-fil", en: "it is not an .xlsx file" };
    case "damaged":
      return { da: `filen er beskadiget (${problem.detail})`, en: `the file is damaged (${problem.detail})` };
    case "tooManyEntries":
      return {
        da: `den indeholder ${problem.count} dele, mere end de tilladte ${limits.maxEntries}`,
        en: `it holds ${problem.count} parts, more than the ${limits.maxEntries} allowed`,
      };
  }
}

const isXml = (entry: ZipEntry) => /\.(xml|rels|vml)$/i.test(entry.name);

/** The first way the declared directory breaks the limits, if any. */
function declaredProblem(entries: ZipEntry[], limits: ArchiveLimits): Text | undefined {
  let total = 0;
  let xml = 0;
  for (const entry of entries) {
    if (entry.flags & 1) return { da: "den er krypteret", en: "it is encrypted" };
    if (entry.method !== 0 && entry.method !== 8) {
      return { da: `delen ${entry.name} bruger en ukendt komprimering (${entry.method})`, en: `the part ${entry.name} uses an unknown compression (${entry.method})` };
    }
    if (entry.method === 0 && entry.compressedSize !== entry.uncompressedSize) return { da: `delen ${entry.name} har forkert størrelse`, en: `the part ${entry.name} has the wrong size` };
    const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
    if (entry.uncompressedSize > limits.ratioAppliesAbove && ratio > limits.maxEntryRatio) {
      return {
        da: `delen ${entry.name} pakkes ud ${Math.round(ratio)} gange (højst ${limits.maxEntryRatio}), som en zip-bombe`,
        en: `the part ${entry.name} expands ${Math.round(ratio)} times (at most ${limits.maxEntryRatio}), like a zip bomb`,
      };
    }
    total += entry.uncompressedSize;
    if (isXml(entry)) xml += entry.uncompressedSize;
  }
  if (total > limits.maxTotalUncompressed) {
    return { da: `den fylder ${size(total)} udpakket, mere end de tilladte ${size(limits.maxTotalUncompressed)}`, en: `it takes ${size(total)} unpacked, more than the ${size(limits.maxTotalUncompressed)} allowed` };
  }
  if (xml > limits.maxXmlUncompressed) {
    return { da: `dens XML fylder ${size(xml)} udpakket, mere end de tilladte ${size(limits.maxXmlUncompressed)}`, en: `its XML takes ${size(xml)} unpacked, more than the ${size(limits.maxXmlUncompressed)} allowed` };
  }
  return undefined;
}

/** Deflate's hard bound is within the limits, so no entry can inflate to anything harmful. */
function boundedWhateverItClaims(entries: ZipEntry[], limits: ArchiveLimits): boolean {
  const worst = entries.reduce((sum, e) => sum + (e.method === 8 ? e.compressedSize * DEFLATE_MAX_RATIO : e.compressedSize), 0);
  return worst <= Math.min(limits.maxTotalUncompressed, limits.maxXmlUncompressed);
}

async function actualProblem(bytes: Uint8Array, entries: ZipEntry[], inflate: InflateCounter): Promise<Text | undefined> {
  for (const entry of entries) {
    const data = entryData(bytes, entry);
    if (!data) return { da: `filen er beskadiget (delen ${entry.name})`, en: `the file is damaged (the part ${entry.name})` };
    if (entry.method !== 8) continue;
    const count = await inflate(data, entry.uncompressedSize);
    if (count === "damaged") return { da: `filen er beskadiget (delen ${entry.name})`, en: `the file is damaged (the part ${entry.name})` };
    if (count === "over") {
      return { da: `delen ${entry.name} fylder mere end den angiver, som en zip-bombe`, en: `the part ${entry.name} is bigger than it claims, like a zip bomb` };
    }
  }
  return undefined;
}

/**
 * Throws UserError (Danish and English) when `bytes` is not an .xlsx a reader may safely parse:
 * too big, not a zip, damaged, encrypted, too many parts, too big unpacked, a zip bomb, or XML
 * that declares a document type (entity expansion, XXE; see xmlProlog.ts), or a sheet name Excel
 * would refuse (sheetNames.ts).
 *
 * @example
 * await checkXlsxArchive(await fs.readFile("plan.xlsx"), { name: "plan.xlsx" }) // resolves
 * await checkXlsxArchive(bomb, { name: "bomb.xlsx" }) // throws "bomb.xlsx kan ikke læses som regneark: …"
 */
export async function checkXlsxArchive(bytes: Uint8Array, options: ArchiveOptions = {}): Promise<void> {
  const limits = { ...DEFAULT_ARCHIVE_LIMITS, ...options.limits };
  const name = options.name ?? "Filen";
  checkFileSize(bytes.length, name, limits);
  const directory = readZipDirectory(bytes, limits.maxEntries);
  if (!directory.ok) throw refuse(name, problemText(directory.problem, limits));
  const declared = declaredProblem(directory.entries, limits);
  if (declared) throw refuse(name, declared);
  if (!boundedWhateverItClaims(directory.entries, limits)) {
    const actual = await actualProblem(bytes, directory.entries, options.inflate ?? defaultInflateCounter());
    if (actual) throw refuse(name, actual);
  }
  const prefix = options.prefix ?? defaultInflatePrefix();
  const xml = (await xmlPrologProblem(bytes, directory.entries, prefix)) ?? (await sheetNameProblem(bytes, directory.entries, prefix));
  if (xml) throw refuse(name, xml);
}

/** Throws UserError when a file of `bytes` bytes is over the size limit; call it before reading. */
export function checkFileSize(bytes: number, name: string, limits: Partial<ArchiveLimits> = {}): void {
  const max = limits.maxFileBytes ?? DEFAULT_ARCHIVE_LIMITS.maxFileBytes;
  if (bytes > max) {
    throw refuse(name, { da: `den fylder ${size(bytes)}, mere end de tilladte ${size(max)}`, en: `it takes ${size(bytes)}, more than the ${size(max)} allowed` });
  }
}
