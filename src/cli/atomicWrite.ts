/**
 * Writes a file so that it is either wholly there or not at all: the bytes go to a temporary file
 * beside the target, which is then renamed over it. A crash midway leaves the old file intact.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { UserError } from "../model/errors";
import type { Text } from "../model/types";

export async function writeFileAtomic(target: string, data: Uint8Array): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  await assertWritableDir(dir, target);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(temp, data);
    await fs.rename(temp, target);
  } catch (error) {
    await fs.rm(temp, { force: true });
    const why = reason(error);
    throw new UserError({
      da: `Kan ikke skrive filen ${target}: ${why.da}.`,
      en: `Cannot write the file ${target}: ${why.en}.`,
    });
  }
}

async function assertWritableDir(dir: string, target: string): Promise<void> {
  const stat = await fs.stat(dir).catch(() => undefined);
  if (!stat || !stat.isDirectory()) {
    throw new UserError({
      da: `Kan ikke skrive ${target}: mappen ${dir} findes ikke. Opret den eller vælg en anden sti.`,
      en: `Cannot write ${target}: the folder ${dir} does not exist. Create it or choose another path.`,
    });
  }
  const existing = await fs.stat(target).catch(() => undefined);
  if (existing?.isDirectory()) {
    throw new UserError({
      da: `Kan ikke skrive ${target}: det er en mappe. Angiv et filnavn, fx ${path.join(target, "plan.xlsx")}.`,
      en: `Cannot write ${target}: it is a folder. Give a file name, e.g. ${path.join(target, "plan.xlsx")}.`,
    });
  }
}

function reason(error: unknown): Text {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === "EACCES" || code === "EPERM") return { da: "adgang nægtet", en: "permission denied" };
  if (code === "ENOSPC") return { da: "disken er fuld", en: "the disk is full" };
  const message = error instanceof Error ? error.message : String(error);
  return { da: message, en: message };
}
