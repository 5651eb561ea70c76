/**
 * A small zip writer for tests: it writes whatever sizes it is told, so tests can make archives that
 * lie, bombs, encrypted or zip64 entries, which no honest zip library would produce.
 */
import zlib from "node:zlib";

export interface TestEntry {
  name: string;
  /** Content; deflated unless `method` is 0 or `compressed` is given. */
  content?: Uint8Array;
  /** Already-compressed data to store as is. */
  compressed?: Uint8Array;
  method?: number;
  /** The uncompressed size to declare; defaults to the content's length. */
  declaredSize?: number;
  flags?: number;
  /** Declare the uncompressed size through a zip64 extra field. */
  zip64?: boolean;
}

function u16(n: number): Buffer {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
}
function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
}
function u64(n: number): Buffer {
  const b = Buffer.alloc(8);
  b.writeBigUInt64LE(BigInt(n));
  return b;
}

export function buildZip(entries: TestEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const method = entry.method ?? 8;
    const content = entry.content ?? new Uint8Array();
    const data = Buffer.from(entry.compressed ?? (method === 8 ? zlib.deflateRawSync(content) : content));
    const declared = entry.declaredSize ?? content.length;
    const name = Buffer.from(entry.name, "utf8");
    const flags = entry.flags ?? 0;
    const extra = entry.zip64 ? Buffer.concat([u16(1), u16(8), u64(declared)]) : Buffer.alloc(0);
    const size32 = entry.zip64 ? 0xffffffff : declared;
    const common = [u16(20), u16(flags), u16(method), u16(0), u16(0), u32(0), u32(data.length), u32(size32), u16(name.length), u16(extra.length)];
    const local = Buffer.concat([u32(0x04034b50), ...common, name, extra, data]);
    centrals.push(Buffer.concat([u32(0x02014b50), u16(20), ...common, u16(0), u16(0), u16(0), u32(0), u32(offset), name, extra]));
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.concat([u32(0x06054b50), u16(0), u16(0), u16(entries.length), u16(entries.length), u32(directory.length), u32(offset), u16(0)]);
  return Buffer.concat([...locals, directory, end]);
}
