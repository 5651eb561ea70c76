/**
 * A plan opened and saved again by another program, as municipalities do: LibreOffice (headless
 * soffice --convert-to xlsx) or a Python script with openpyxl. Both must be installed; a missing one
 * is a loud failure that says how to install it, never a skipped test.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { convertWithLibreOffice } from "../../support/libreoffice";

/** Debian's own Python: the pyenv python3 first on PATH has no openpyxl. */
export const DEBIAN_PYTHON = "/usr/bin/python3";

/** Saves `file` again with LibreOffice, in place. */
export function resaveWithLibreOffice(file: string): void {
  const out = convertWithLibreOffice(file, mkdtempSync(path.join(os.tmpdir(), "implan-lo-")));
  copyFileSync(out, file);
}

export function assertOpenpyxl(): void {
  const probe = spawnSync(DEBIAN_PYTHON, ["-c", "import openpyxl; print(openpyxl.__version__)"], { encoding: "utf8" });
  if (probe.status !== 0) {
    throw new Error(
      `openpyxl is not installed for ${DEBIAN_PYTHON}, so the openpyxl end-to-end tests cannot run. ` +
        "Install it with: apt-get install -y --no-install-recommends python3-openpyxl",
    );
  }
}

/**
 * Runs `script` (Python, with `wb` the loaded workbook and `ws(name)` a sheet by name) on `file`
 * with openpyxl and saves it in place, as a municipality's own script would.
 */
export function editWithOpenpyxl(file: string, script: string): void {
  assertOpenpyxl();
  const program = ["import sys, datetime, openpyxl", "wb = openpyxl.load_workbook(sys.argv[1])", "ws = lambda name: wb[name]", script, "wb.save(sys.argv[1])"].join("\n");
  execFileSync(DEBIAN_PYTHON, ["-c", program, file], { stdio: "pipe", timeout: 60_000 });
}
