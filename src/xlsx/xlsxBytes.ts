/**
 * Looks at a file's bytes before ExcelJS does, so a file that is not a workbook gets one sentence
 * saying what it is and what to do, instead of a zip library's stack trace. No Node imports: the
 * add-in checks files picked in the browser with the same code.
 */
import { UserError } from "../model/errors";
import { checkXlsxArchive, type ArchiveLimits } from "./archiveLimits";

/** Every .xlsx is a zip archive, and a zip starts with a local file header "PK\x03\x04". */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** An OLE compound file: an old .xls, or an .xlsx that Excel encrypted with a password. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((byte, i) => bytes[i] === byte);

/** Throws a UserError unless `bytes` could be an .xlsx file (a zip archive). */
export function assertXlsxBytes(bytes: Uint8Array, file: string): void {
  if (bytes.length === 0) {
    throw new UserError({
      da: `${file} er tom (0 byte) og er ikke en Excel-projektmappe (.xlsx).`,
      en: `${file} is empty (0 bytes) and is not an Excel workbook (.xlsx).`,
    });
  }
  if (startsWith(bytes, OLE_SIGNATURE)) {
    throw new UserError({
      da: `${file} er beskyttet med adgangskode eller i det gamle .xls-format; gem den som .xlsx uden adgangskode.`,
      en: `${file} is password-protected or in the old .xls format; save it as .xlsx without a password.`,
    });
  }
  if (!startsWith(bytes, ZIP_SIGNATURE)) {
    throw new UserError({
      da: `${file} er ikke en Excel-projektmappe (.xlsx); gem den fra Excel som "Excel-projektmappe (*.xlsx)".`,
      en: `${file} is not an Excel workbook (.xlsx); save it from Excel as "Excel Workbook (*.xlsx)".`,
    });
  }
}

/** Every check before parsing: a zip at all, not encrypted, not damaged, no zip bomb (archiveLimits). */
export async function checkXlsxBytes(bytes: Uint8Array, file: string, limits?: Partial<ArchiveLimits>): Promise<void> {
  assertXlsxBytes(bytes, file);
  await checkXlsxArchive(bytes, { name: file, limits });
}

/** The UserError for a zip that ExcelJS cannot read as a workbook. */
export function corruptWorkbook(file: string): UserError {
  return new UserError({
    da: `${file} er beskadiget og kan ikke læses som Excel-projektmappe (.xlsx); åbn og gem den igen i Excel, eller brug en sikkerhedskopi.`,
    en: `${file} is damaged and cannot be read as an Excel workbook (.xlsx); open and save it again in Excel, or use a backup.`,
  });
}
