/**
 * How many bytes a raw-deflate stream inflates to, stopping as soon as it passes a limit, so a
 * lying zip entry costs at most `limit` bytes of work and one chunk of memory. Node's zlib when the
 * host has it (found at run time, so a browser bundle never imports it), else the web platform's
 * DecompressionStream (Excel's browsers and webviews).
 */

/** The inflated size, "over" once it passes `limit`, or "damaged" when the data is not deflate. */
export type InflateCount = number | "over" | "damaged";
export type InflateCounter = (compressed: Uint8Array, limit: number) => Promise<InflateCount>;

/** Small entries inflate in one call; bigger ones stream, so memory stays at one chunk. */
const SYNC_LIMIT = 8 * 1024 * 1024;

type Zlib = typeof import("node:zlib");

function nodeZlib(): Zlib | undefined {
  const host = typeof process === "undefined" ? undefined : (process as { getBuiltinModule?: (id: string) => unknown });
  return host?.getBuiltinModule?.("node:zlib") as Zlib | undefined;
}

function isTooLarge(error: unknown): boolean {
  return (error as { code?: string })?.code === "ERR_BUFFER_TOO_LARGE" || error instanceof RangeError;
}

async function countWithZlib(zlib: Zlib, compressed: Uint8Array, limit: number): Promise<InflateCount> {
  if (limit <= SYNC_LIMIT) {
    try {
      const length = zlib.inflateRawSync(compressed, { maxOutputLength: Math.max(1, limit) }).length;
      return length > limit ? "over" : length;
    } catch (error) {
      return isTooLarge(error) ? "over" : "damaged";
    }
  }
  return new Promise((resolve) => {
    const inflate = zlib.createInflateRaw();
    let total = 0;
    inflate.on("data", (chunk: Buffer) => {
      total += chunk.length;
      if (total > limit) {
        inflate.destroy();
        resolve("over");
      }
    });
    inflate.on("error", () => resolve("damaged"));
    inflate.on("end", () => resolve(total));
    inflate.end(compressed);
  });
}

async function countWithStream(compressed: Uint8Array, limit: number): Promise<InflateCount> {
  const stream = new DecompressionStream("deflate-raw");
  const writer = stream.writable.getWriter();
  // The writer's promises reject when the data is bad; the reader reports that below.
  writer.write(compressed as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return total;
      total += value.length;
      if (total > limit) {
        await reader.cancel();
        return "over";
      }
    }
  } catch {
    return "damaged";
  }
}

/** The first `max` bytes a raw-deflate stream inflates to (fewer if it is shorter), or "damaged". */
export type InflatePrefix = (compressed: Uint8Array, max: number) => Promise<Uint8Array | "damaged">;

function prefixWithZlib(zlib: Zlib, compressed: Uint8Array, max: number): Promise<Uint8Array | "damaged"> {
  // A part shorter than `max` (nearly all are) inflates whole in one call, 3× faster for a plan's
  // twenty parts than a stream each; a longer one stops at the cap and is streamed below, as before.
  try {
    return Promise.resolve(new Uint8Array(zlib.inflateRawSync(compressed, { maxOutputLength: Math.max(1, max - 1) })));
  } catch (error) {
    if (!isTooLarge(error)) return Promise.resolve("damaged");
  }
  return new Promise((resolve) => {
    const inflate = zlib.createInflateRaw();
    const chunks: Buffer[] = [];
    let total = 0;
    const done = () => resolve(new Uint8Array(Buffer.concat(chunks).subarray(0, max)));
    inflate.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
      total += chunk.length;
      // Enough seen: stop inflating, so a bomb costs one chunk.
      if (total >= max) {
        inflate.destroy();
        done();
      }
    });
    inflate.on("error", () => resolve("damaged"));
    inflate.on("end", done);
    inflate.end(compressed);
  });
}

async function prefixWithStream(compressed: Uint8Array, max: number): Promise<Uint8Array | "damaged"> {
  const stream = new DecompressionStream("deflate-raw");
  const writer = stream.writable.getWriter();
  writer.write(compressed as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    while (total < max) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      total += value.length;
    }
    if (total >= max) await reader.cancel();
  } catch {
    return "damaged";
  }
  const out = new Uint8Array(Math.min(total, max));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk.subarray(0, out.length - at), at);
    at += Math.min(chunk.length, out.length - at);
  }
  return out;
}

/** The prefix inflater this host supports best. */
export function defaultInflatePrefix(): InflatePrefix {
  const zlib = nodeZlib();
  return zlib ? (compressed, max) => prefixWithZlib(zlib, compressed, max) : prefixWithStream;
}

export { prefixWithStream as prefixWithDecompressionStream };

/** The counter this host supports best. */
export function defaultInflateCounter(): InflateCounter {
  const zlib = nodeZlib();
  return zlib ? (compressed, limit) => countWithZlib(zlib, compressed, limit) : countWithStream;
}

export { countWithStream as countWithDecompressionStream };
