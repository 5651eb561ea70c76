/** Debian's Chromium for playwright-core: CHROMIUM_PATH when set, else chromium on PATH. */
import { existsSync } from "node:fs";
import { delimiter, join } from "node:path";

/** Flags for headless Chromium as root on a CI machine, offline (see docs/toolchain.md). */
export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"];

/** The binary, or undefined when there is none (the bench then reports null and why). */
export function findChromium(): string | undefined {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return existsSync(configured) ? configured : undefined;
  return (process.env.PATH ?? "")
    .split(delimiter)
    .filter(Boolean)
    .flatMap((dir) => [join(dir, "chromium"), join(dir, "chromium-browser")])
    .find((candidate) => existsSync(candidate));
}
