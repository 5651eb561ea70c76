/**
 * Draws the add-in's icon (a blue calendar whose page holds staggered timeline bars) at every size
 * the manifest references and writes them as PNG files to assets/. Uses nothing but node's zlib, so
 * the icons can be regenerated anywhere: `npx tsx scripts/make-icons.ts`.
 *
 * The output is deterministic; test/addin/icons.test.ts checks that the committed PNGs are exactly
 * what this script draws.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

/** Every size the manifest uses: ribbon 16/32/80, IconUrl 32, HighResolutionIconUrl 64, store 128. */
export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

/** The file name of the icon of one size, relative to assets/. */
export function iconFileName(size: number): string {
  return `icon-${size}.png`;
}

type Rgb = readonly [number, number, number];

/** Fluent's brand blues, so the ribbon icon matches the pane. */
const CARD: Rgb = [0x0f, 0x6c, 0xbd];
const HEADER: Rgb = [0x0c, 0x4a, 0x82];
const RINGS: Rgb = [0x08, 0x33, 0x5c];
const BARS: Rgb = [0xff, 0xff, 0xff];

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  r: number;
}

/** Whether point (x, y) lies in a rounded rectangle; all in unit coordinates. */
function inRoundedBox(box: Box, x: number, y: number): boolean {
  if (x < box.x0 || x > box.x1 || y < box.y0 || y > box.y1) return false;
  const cx = Math.min(Math.max(x, box.x0 + box.r), box.x1 - box.r);
  const cy = Math.min(Math.max(y, box.y0 + box.r), box.y1 - box.r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= box.r ** 2;
}

function bar(x0: number, x1: number, y0: number, y1: number): Box {
  return { x0, x1, y0, y1, r: (y1 - y0) / 2 };
}

/** The glyph in unit coordinates; small sizes get two thicker bars so they stay legible. */
function layers(size: number): Array<{ color: Rgb; contains: (x: number, y: number) => boolean }> {
  const card: Box = { x0: 0.06, y0: 0.14, x1: 0.94, y1: 0.94, r: 0.14 };
  const rings = [
    { x0: 0.26, y0: 0.04, x1: 0.38, y1: 0.26, r: 0.06 },
    { x0: 0.62, y0: 0.04, x1: 0.74, y1: 0.26, r: 0.06 },
  ];
  const bars =
    size <= 20
      ? [bar(0.18, 0.62, 0.45, 0.6), bar(0.38, 0.82, 0.7, 0.85)]
      : [bar(0.18, 0.56, 0.44, 0.54), bar(0.34, 0.72, 0.6, 0.7), bar(0.5, 0.82, 0.76, 0.86)];
  return [
    { color: CARD, contains: (x, y) => inRoundedBox(card, x, y) },
    { color: HEADER, contains: (x, y) => inRoundedBox(card, x, y) && y < 0.34 },
    { color: RINGS, contains: (x, y) => rings.some((ring) => inRoundedBox(ring, x, y)) },
    { color: BARS, contains: (x, y) => bars.some((b) => inRoundedBox(b, x, y)) },
  ];
}

/**
 * Renders the icon as straight (non-premultiplied) RGBA pixels, anti-aliased by 8×8 supersampling.
 * @example renderIcon(16).length === 16 * 16 * 4
 */
export function renderIcon(size: number): Uint8Array {
  const samples = 8;
  const drawing = layers(size);
  const pixels = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Accumulate premultiplied colour over the samples; the top-most layer wins.
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          for (let i = drawing.length - 1; i >= 0; i--) {
            if (drawing[i].contains(x, y)) {
              [r, g, b] = [r + drawing[i].color[0], g + drawing[i].color[1], b + drawing[i].color[2]];
              covered++;
              break;
            }
          }
        }
      }
      const offset = (py * size + px) * 4;
      if (covered > 0) {
        pixels[offset] = Math.round(r / covered);
        pixels[offset + 1] = Math.round(g / covered);
        pixels[offset + 2] = Math.round(b / covered);
        pixels[offset + 3] = Math.round((covered / (samples * samples)) * 255);
      }
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/**
 * Encodes RGBA pixels as a PNG (8 bits per channel, colour type 6, no filtering).
 * @example encodePng(2, 1, new Uint8Array(8)).subarray(1, 4).toString() === "PNG"
 */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  if (rgba.length !== width * height * 4) {
    throw new RangeError(`expected ${width * height * 4} bytes of RGBA, got ${rgba.length}`);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    raw.set(rgba.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

/** The PNG file of the icon of one size. */
export function iconPng(size: number): Buffer {
  return encodePng(size, size, renderIcon(size));
}

function main(): void {
  const assets = join(__dirname, "..", "assets");
  for (const size of ICON_SIZES) {
    const file = join(assets, iconFileName(size));
    const png = iconPng(size);
    writeFileSync(file, png);
    console.log(`${file} (${size}×${size}, ${png.length} bytes)`);
  }
}

if (require.main === module) main();
