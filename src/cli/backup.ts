/** A copy of a file next to it before it is overwritten: plan.bak.xlsx, or timestamped when that exists. */
import { constants, promises as fs } from "node:fs";
import path from "node:path";
import { UserError } from "../model/errors";

function stamp(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
}

/** Copies `file` to a backup name that does not exist yet and returns that name; never overwrites. */
export async function backupFile(file: string, now: Date = new Date()): Promise<string> {
  const { dir, name, ext } = path.parse(file);
  const candidates = [`${name}.bak${ext}`, `${name}.bak-${stamp(now)}${ext}`, ...Array.from({ length: 20 }, (_, i) => `${name}.bak-${stamp(now)}-${i + 2}${ext}`)];
  for (const candidate of candidates) {
    const target = path.join(dir, candidate);
    try {
      await fs.copyFile(file, target, constants.COPYFILE_EXCL);
      return target;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "EEXIST") continue;
      throw new UserError({
        da: `Kan ikke lave en sikkerhedskopi af ${file} (${(error as Error).message}); intet er ændret.`,
        en: `Cannot make a backup of ${file} (${(error as Error).message}); nothing was changed.`,
      });
    }
  }
  throw new UserError({
    da: `Der er allerede for mange sikkerhedskopier af ${file} i ${dir}; ryd op, og prøv igen.`,
    en: `There are already too many backups of ${file} in ${dir}; tidy up and try again.`,
  });
}
