/**
 * Headless LibreOffice as a real spreadsheet engine: open a generated .xlsx, recalculate every
 * formula (the profile forces recalculation even of cells with cached values), save it again.
 * Missing LibreOffice is a loud failure, never a skip.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export function sofficePath(): string {
  const found = spawnSync("sh", ["-c", "command -v soffice || command -v libreoffice"], { encoding: "utf8" }).stdout.trim();
  if (!found) {
    throw new Error(
      "LibreOffice is not installed, so the end-to-end tests cannot recalculate workbooks. " +
        "Install it with: apt-get install -y --no-install-recommends libreoffice-calc-nogui",
    );
  }
  return found;
}

let profileDir: string | undefined;

/** A LibreOffice user profile that always recalculates on load; made once per test process. */
function recalcProfile(): string {
  if (profileDir) return profileDir;
  profileDir = mkdtempSync(path.join(os.tmpdir(), "implan-lo-profile-"));
  mkdirSync(path.join(profileDir, "user"), { recursive: true });
  writeFileSync(path.join(profileDir, "user", "registrymodifications.xcu"), RECALC_PROFILE);
  return profileDir;
}

/**
 * Converts `file` with LibreOffice into `outDir` and returns the new file's path.
 * `filter` is a LibreOffice --convert-to target, "xlsx" by default.
 */
export function convertWithLibreOffice(file: string, outDir: string, filter = "xlsx"): string {
  const soffice = sofficePath();
  mkdirSync(outDir, { recursive: true });
  execFileSync(
    soffice,
    [`-env:UserInstallation=file://${recalcProfile()}`, "--headless", "--norestore", "--convert-to", filter, "--outdir", outDir, file],
    { stdio: "pipe", timeout: 120_000 },
  );
  const extension = filter.split(":")[0];
  const out = path.join(outDir, `${path.basename(file, path.extname(file))}.${extension}`);
  if (!existsSync(out)) throw new Error(`LibreOffice did not write ${out}`);
  return out;
}

/** Recalculates an .xlsx in LibreOffice and returns the recalculated copy's path. */
export function recalculate(file: string): string {
  const outDir = mkdtempSync(path.join(os.tmpdir(), "implan-recalc-"));
  return convertWithLibreOffice(file, outDir);
}
