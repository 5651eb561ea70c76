/**
 * The central directory of a zip archive (an .xlsx is one), read from its bytes without inflating
 * anything: where the entries are, how they are compressed and how big they say they are. Pure
 * TypeScript on a Uint8Array, so the CLI and the add-in (files picked in the browser) share it.
 * The entry count is taken from the end record and checked against `maxEntries` before a single
 * entry is parsed, so an archive of a million tiny entries costs nothing to refuse.
 */

export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate; anything else is refused by the archive check. */
  method: number;
  /** General-purpose flags; bit 0 set means encrypted. */
  flags: number;
  compressedSize: number;
  /** As declared by the archive: trust it only after archiveLimits has bounded it. */
  uncompressedSize: number;
  localHeaderOffset: number;
}

export type ZipProblem =
  | { kind: "notZip"; oleCompound: boolean }
  | { kind: "damaged"; detail: string }
  | { kind: "tooManyEntries"; count: number };

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; problem: ZipProblem };

const EOCD_SIGNATURE = 0x06054b50;
const EOCD_SIZE = 22;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const CENTRAL_SIZE = 46;
const LOCAL_SIGNATURE = 0x04034b50;
const LOCAL_HEADER_SIZE = 30;
const MAX_COMMENT = 0xffff;
/** The first bytes of an OLE compound file: an old .xls, or an .xlsx saved with a password. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

class Damaged extends Error {}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A 64-bit little-endian size; beyond 2^53 it is not a size any check below would accept anyway. */
function u64(data: DataView, offset: number): number {
  return data.getUint32(offset, true) + data.getUint32(offset + 4, true) * 0x100000000;
}

function findEndRecord(data: DataView): number {
  const last = data.byteLength - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) {
    if (data.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

interface DirectoryBounds {
  count: number;
  size: number;
  offset: number;
}

function endRecord(data: DataView, at: number): DirectoryBounds {
  const bounds = { count: data.getUint16(at + 10, true), size: data.getUint32(at + 12, true), offset: data.getUint32(at + 16, true) };
  const zip64 = bounds.count === 0xffff || bounds.size === 0xffffffff || bounds.offset === 0xffffffff;
  const locator = at - 20;
  if (!zip64 || locator < 0 || data.getUint32(locator, true) !== ZIP64_LOCATOR_SIGNATURE) return bounds;
  const record = u64(data, locator + 8);
  if (record + 56 > data.byteLength || data.getUint32(record, true) !== ZIP64_EOCD_SIGNATURE) throw new Damaged("zip64 end record");
  return { count: u64(data, record + 32), size: u64(data, record + 40), offset: u64(data, record + 48) };
}

/** Sizes that did not fit in 32 bits live in the zip64 extra field, in this order. */
function applyZip64Extra(data: DataView, start: number, length: number, entry: ZipEntry): void {
  const needs = [entry.uncompressedSize === 0xffffffff, entry.compressedSize === 0xffffffff, entry.localHeaderOffset === 0xffffffff];
  if (!needs.some(Boolean)) return;
  for (let at = start; at + 4 <= start + length; ) {
    const id = data.getUint16(at, true);
    const size = data.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const next = (): number => {
        if (field + 8 > at + 4 + size) throw new Damaged("zip64 extra field");
        const value = u64(data, field);
        field += 8;
        return value;
      };
      if (needs[0]) entry.uncompressedSize = next();
      if (needs[1]) entry.compressedSize = next();
      if (needs[2]) entry.localHeaderOffset = next();
      return;
    }
    at += 4 + size;
  }
  throw new Damaged("missing zip64 extra field");
}

function parseEntries(data: DataView, bounds: DirectoryBounds, decoder: TextDecoder): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let at = bounds.offset;
  const end = bounds.offset + bounds.size;
  for (let i = 0; i < bounds.count; i++) {
    if (at + CENTRAL_SIZE > end || data.getUint32(at, true) !== CENTRAL_SIGNATURE) throw new Damaged(`central directory entry ${i + 1}`);
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    const next = at + CENTRAL_SIZE + nameLength + extraLength + commentLength;
    if (next > end) throw new Damaged(`central directory entry ${i + 1}`);
    const entry: ZipEntry = {
      name: decoder.decode(new Uint8Array(data.buffer, data.byteOffset + at + CENTRAL_SIZE, nameLength)),
      method: data.getUint16(at + 10, true),
      flags: data.getUint16(at + 8, true),
      compressedSize: data.getUint32(at + 20, true),
      uncompressedSize: data.getUint32(at + 24, true),
      localHeaderOffset: data.getUint32(at + 42, true),
    };
    applyZip64Extra(data, at + CENTRAL_SIZE + nameLength, extraLength, entry);
    if (entry.localHeaderOffset + LOCAL_HEADER_SIZE + entry.compressedSize > bounds.offset) throw new Damaged(`entry ${entry.name} lies outside the data`);
    entries.push(entry);
    at = next;
  }
  return entries;
}

/**
 * The archive's entries as its central directory declares them, or why it cannot be read.
 *
 * @example
 * readZipDirectory(xlsxBytes) //=> { ok: true, entries: [{ name: "[Content_Types].xml", method: 8, … }, …] }
 * readZipDirectory(new TextEncoder().encode("kommune;bølge")) //=> { ok: false, problem: { kind: "notZip", oleCompound: false } }
 */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectory {
  const oleCompound = bytes.length >= OLE_MAGIC.length && OLE_MAGIC.every((b, i) => bytes[i] === b);
  if (oleCompound || bytes.length < EOCD_SIZE) return { ok: false, problem: { kind: "notZip", oleCompound } };
  const data = view(bytes);
  const at = findEndRecord(data);
  if (at < 0) return { ok: false, problem: { kind: "notZip", oleCompound: false } };
  try {
    const bounds = endRecord(data, at);
    if (bounds.count > maxEntries) return { ok: false, problem: { kind: "tooManyEntries", count: bounds.count } };
    if (bounds.offset + bounds.size > at) throw new Damaged("central directory outside the file");
    return { ok: true, entries: parseEntries(data, bounds, new TextDecoder("utf-8")) };
  } catch (error) {
    if (error instanceof Damaged) return { ok: false, problem: { kind: "damaged", detail: error.message } };
    throw error;
  }
}

/** The bytes an entry's data occupies (after its local header), or undefined if the header is bad. */
export function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | undefined {
  const data = view(bytes);
  const at = entry.localHeaderOffset;
  if (at + LOCAL_HEADER_SIZE > bytes.length || data.getUint32(at, true) !== LOCAL_SIGNATURE) return undefined;
  const start = at + LOCAL_HEADER_SIZE + data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  return end > bytes.length ? undefined : bytes.subarray(start, end);
}
