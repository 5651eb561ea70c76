/** The committed icons are exactly what scripts/make-icons.ts draws. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ICON_SIZES, encodePng, iconFileName, iconPng, renderIcon } from "../../scripts/make-icons";
import { REPO_ROOT } from "./support/manifest";
import { pngSize } from "./support/png";

describe("icons", () => {
  it.each(ICON_SIZES)("assets/icon-%i.png matches the script's drawing", (size) => {
    const committed = readFileSync(join(REPO_ROOT, "assets", iconFileName(size)));
    expect(pngSize(committed)).toEqual({ width: size, height: size });
    expect(committed.equals(iconPng(size))).toBe(true);
  });

  it("draws something opaque in the middle and leaves the corners transparent", () => {
    const size = 32;
    const pixels = renderIcon(size);
    const alpha = (x: number, y: number) => pixels[(y * size + x) * 4 + 3];
    expect(alpha(0, 0)).toBe(0);
    expect(alpha(size - 1, size - 1)).toBe(0);
    expect(alpha(size / 2, size / 2)).toBe(255);
  });

  it("refuses pixel data of the wrong length", () => {
    expect(() => encodePng(2, 2, new Uint8Array(15))).toThrow(RangeError);
  });
});
