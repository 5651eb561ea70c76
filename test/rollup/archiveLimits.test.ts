import { promises as fs } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import zlib from "node:zlib";
import yauzl from "yauzl";
import { writePlanFile } from "../../src/cli/planFile";
import { parseVariant, resolveMunicipality } from "../../src/model";
import { isUserError } from "../../src/model/errors";
import { parseIsoDate } from "../../src/plan/dates";
import { checkXlsxArchive, DEFAULT_ARCHIVE_LIMITS } from "../../src/xlsx/archiveLimits";
import { countWithDecompressionStream, defaultInflateCounter } from "../../src/xlsx/inflateCount";
import { readZipDirectory } from "../../src/xlsx/zipDirectory";
import { tempDir } from "../support/cli";
import { buildZip } from "./support/zip";

const MB = 1024 * 1024;

async function planBytes(): Promise<Buffer> {
  const file = path.join(tempDir(), "plan.xlsx");
  await writePlanFile({ goLive: parseIsoDate("2027-03-01"), lang: "da", variant: parseVariant({}), municipality: resolveMunicipality("Aarhus") }, file);
  return fs.readFile(file);
}

function yauzlEntries(bytes: Buffer): Promise<{ name: string; method: number; compressedSize: number; uncompressedSize: number }[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: false }, (error, zip) => {
      if (error) return reject(error);
      const entries: { name: string; method: number; compressedSize: number; uncompressedSize: number }[] = [];
      zip.on("entry", (e: yauzl.Entry) => entries.push({ name: e.fileName, method: e.compressionMethod, compressedSize: e.compressedSize, uncompressedSize: e.uncompressedSize }));
      zip.on("end", () => resolve(entries));
      zip.on("error", reject);
    });
  });
}

async function refusal(bytes: Uint8Array, limits = {}): Promise<string> {
  try {
    await checkXlsxArchive(bytes, { name: "x.xlsx", limits });
  } catch (error) {
    if (isUserError(error)) return `${error.text.da} | ${error.text.en}`;
    throw error;
  }
  return "accepted";
}

const zeros = (n: number) => new Uint8Array(n);

describe("reading a zip's central directory", () => {
  test("lists the same entries, methods and sizes as yauzl for a generated plan", async () => {
    const bytes = await planBytes();
    const directory = readZipDirectory(bytes, DEFAULT_ARCHIVE_LIMITS.maxEntries);
    if (!directory.ok) throw new Error(JSON.stringify(directory.problem));
    const ours = directory.entries.map(({ name, method, compressedSize, uncompressedSize }) => ({ name, method, compressedSize, uncompressedSize }));
    expect(ours).toEqual(await yauzlEntries(bytes));
  });

  test("reads a size declared through a zip64 extra field", () => {
    const directory = readZipDirectory(buildZip([{ name: "a.xml", content: zeros(10), declaredSize: 6 * 1024 * MB, zip64: true }]), 10);
    expect(directory).toMatchObject({ ok: true, entries: [{ name: "a.xml", uncompressedSize: 6 * 1024 * MB }] });
  });
});

describe("checking an .xlsx before it is parsed", () => {
  test("accepts a generated plan", async () => {
    expect(await refusal(await planBytes())).toBe("accepted");
  });

  const cases: { title: string; bytes: () => Uint8Array; message: RegExp; limits?: object }[] = [
    { title: "a text file", bytes: () => new TextEncoder().encode("kommune;bølge;golive\nAarhus;1;2027-03-01\n"), message: /ikke en \.xlsx-fil\. \| .*not an \.xlsx file\.$/ },
    { title: "an empty file", bytes: () => new Uint8Array(), message: /ikke en \.xlsx-fil/ },
    { title: "an old .xls or password-protected file", bytes: () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...zeros(600)]), message: /gammel \.xls-fil eller en fil med adgangskode/ },
    { title: "a zip cut short", bytes: () => buildZip([{ name: "a.xml", content: zeros(100) }, { name: "b.xml", content: zeros(100) }]).subarray(0, 150), message: /ikke en \.xlsx-fil|beskadiget/ },
    { title: "a zip whose directory points past its end", bytes: () => corruptDirectoryOffset(buildZip([{ name: "a.xml", content: zeros(100) }])), message: /beskadiget/ },
    { title: "more parts than allowed", bytes: () => buildZip(Array.from({ length: 10_001 }, (_, i) => ({ name: `p${i}.xml`, method: 0, content: zeros(0) }))), message: /10001 dele, mere end de tilladte 10000/ },
    { title: "an encrypted part", bytes: () => buildZip([{ name: "a.xml", content: zeros(10), flags: 1 }]), message: /krypteret/ },
    { title: "an unknown compression", bytes: () => buildZip([{ name: "a.xml", content: zeros(10), method: 12, compressed: zeros(10) }]), message: /ukendt komprimering \(12\)/ },
    { title: "a part that expands too many times", bytes: () => buildZip([{ name: "xl/worksheets/sheet1.xml", content: zeros(4 * MB) }]), message: /pakkes ud \d+ gange \(højst 100\), som en zip-bombe/ },
    { title: "a zip bomb of many honest parts", bytes: () => buildZip(Array.from({ length: 20 }, (_, i) => ({ name: `d${i}.bin`, content: zeros(30 * MB) }))), message: /udpakket, mere end de tilladte 500 MB/, limits: { maxEntryRatio: 2000 } },
    { title: "a zip64 bomb that declares 6 GB", bytes: () => buildZip([{ name: "a.bin", content: zeros(10), declaredSize: 6 * 1024 * MB, zip64: true }]), message: /6144 MB udpakket/, limits: { maxEntryRatio: Infinity } },
    { title: "too much XML", bytes: () => buildZip([{ name: "xl/worksheets/sheet1.xml", content: zeros(101 * MB) }]), message: /XML fylder 101 MB/, limits: { maxEntryRatio: Infinity } },
    { title: "a part bigger than it claims", bytes: () => buildZip([{ name: "a.xml", content: randomBytes(2 * MB), declaredSize: 1 * MB }]), message: /fylder mere end den angiver, som en zip-bombe/ },
    { title: "a part that is not deflate data", bytes: () => buildZip([{ name: "a.xml", compressed: randomBytes(200 * 1024), declaredSize: 300 * 1024 }]), message: /beskadiget \(delen a\.xml\)/ },
    { title: "a file over the size limit", bytes: () => zeros(2000), message: /den fylder 2 KB, mere end de tilladte 1 KB/, limits: { maxFileBytes: 1024 } },
  ];

  test.each(cases)("refuses $title with a Danish and an English sentence", async ({ bytes, message, limits }) => {
    expect(await refusal(bytes(), limits)).toMatch(message);
  });
});

function corruptDirectoryOffset(zip: Buffer): Buffer {
  const copy = Buffer.from(zip);
  copy.writeUInt32LE(zip.length + 1000, zip.length - 6);
  return copy;
}

describe("counting inflated bytes", () => {
  const content = randomBytes(300 * 1024);
  const compressed = zlib.deflateRawSync(content);
  const counters = [
    { title: "the host's default (zlib in Node)", count: defaultInflateCounter() },
    { title: "the browser's DecompressionStream", count: countWithDecompressionStream },
  ];

  test.each(counters)("$title counts exactly, stops past the limit and spots bad data", async ({ count }) => {
    expect(await count(compressed, content.length)).toBe(content.length);
    expect(await count(compressed, content.length - 1)).toBe("over");
    expect(await count(randomBytes(1000), 10_000)).toBe("damaged");
  });

  test.each(counters)("$title streams a big entry and stops at the limit", async ({ count }) => {
    const data = zlib.deflateRawSync(zeros(20 * MB));
    expect(await count(data, 20 * MB)).toBe(20 * MB);
    expect(await count(data, 9 * MB)).toBe("over");
  });
});
