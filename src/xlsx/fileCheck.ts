/** Reading a workbook file from disk, refusing what cannot be a workbook before it is read. */
import { promises as fs } from "node:fs";
import { UserError } from "../model/errors";
import { checkFileSize } from "./archiveLimits";

/**
 * A file's bytes, refused before reading when it is missing, a folder or too big; what is inside is
 * checked by loadWorkbook (src/xlsx/read.ts) before ExcelJS parses it.
 */
export async function readXlsxBytes(file: string): Promise<Buffer> {
  const stat = await fs.stat(file).catch(() => undefined);
  if (!stat) throw new UserError({ da: `Filen ${file} findes ikke.`, en: `The file ${file} does not exist.` });
  if (stat.isDirectory()) {
    throw new UserError({ da: `${file} er en mappe, ikke en Excel-projektmappe (.xlsx).`, en: `${file} is a folder, not an Excel workbook (.xlsx).` });
  }
  checkFileSize(stat.size, file);
  return fs.readFile(file);
}
