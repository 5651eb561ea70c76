/**
 * Files made to hurt whoever opens them, built by the test itself: zip bombs (honest and with a
 * central directory that lies about sizes) and plans whose sheet XML declares entities.
 */
import zlib from "node:zlib";
import JSZip from "jszip";
import { buildZip, type TestEntry } from "../../rollup/support/zip";
import { filledPlanBytes } from "./plans";

const MB = 1024 * 1024;

/** `mb` megabytes of zeros, raw-deflated in a stream so the test never holds them: about 1 KB per MB. */
export async function deflatedZeros(mb: number): Promise<Buffer> {
  const deflate = zlib.createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on("data", (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => deflate.on("end", resolve));
  const megabyte = Buffer.alloc(MB);
  for (let i = 0; i < mb; i++) if (!deflate.write(megabyte)) await new Promise((resolve) => deflate.once("drain", resolve));
  deflate.end();
  await ended;
  return Buffer.concat(chunks);
}

/** The filled plan's parts, as entries for buildZip. */
async function planEntries(): Promise<TestEntry[]> {
  const zip = await JSZip.loadAsync(await filledPlanBytes());
  const files = Object.values(zip.files).filter((f) => !f.dir);
  return Promise.all(files.map(async (f) => ({ name: f.name, content: await f.async("uint8array") })));
}

/**
 * The plan with its first sheet replaced by `mb` MB of zeros; `declared` is the size the archive
 * states for it (the truth, or a lie).
 */
export async function zipBomb(mb: number, declared: number | "truth"): Promise<Buffer> {
  const bomb = await deflatedZeros(mb);
  const entries = (await planEntries()).map((e): TestEntry =>
    e.name === "xl/worksheets/sheet1.xml" ? { name: e.name, compressed: bomb, declaredSize: declared === "truth" ? mb * MB : declared } : e,
  );
  return buildZip(entries);
}

/** Ten nested entities, each ten of the one before: 10^10 "lol"s if a parser expanded them. */
export function billionLaughs(): string {
  const entities = ['<!ENTITY lol0 "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`)];
  return `<!DOCTYPE worksheet [${entities.join("")}]>`;
}

export const EXTERNAL_ENTITY = '<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>';

/**
 * The plan with `doctype` declared in the XML of `part` (after the XML declaration, as an attacker
 * would put it) and the entity used in a cell; `utf16` re-encodes the part as UTF-16.
 */
export async function planWithDoctype(part: string, doctype: string, options: { comment?: boolean; utf16?: boolean } = {}): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await filledPlanBytes());
  const xml = await (zip.file(part) as JSZip.JSZipObject).async("string");
  const entity = /ENTITY (\w+)/g;
  const last = [...doctype.matchAll(entity)].pop()?.[1] ?? "x";
  const prolog = `${options.comment ? "<!-- gemt af Excel -->" : ""}${doctype}`;
  let evil = xml.replace(/^(<\?xml[^>]*\?>)/, `$1${prolog}`).replace("<sheetData>", `<sheetData><row r="900"><c r="A900" t="inlineStr"><is><t>&${last};</t></is></c></row>`);
  if (options.utf16) evil = evil.replace('encoding="UTF-8"', 'encoding="UTF-16"');
  zip.file(part, options.utf16 ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(evil, "utf16le")]) : evil);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
