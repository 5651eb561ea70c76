/**
 * Sheet names Excel never writes but a script may (openpyxl keeps a name of 40 characters), found in
 * xl/workbook.xml before ExcelJS parses it: ExcelJS fails on them as if the file were damaged, and
 * the user can fix the name in a minute.
 */
import type { Text } from "../model/types";
import type { InflatePrefix } from "./inflateCount";
import { entryData, type ZipEntry } from "./zipDirectory";

/** A workbook part holds one short element per sheet; one larger than this is not looked at. */
const WORKBOOK_XML_BYTES = 1024 * 1024;

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, name: string) =>
    name.startsWith("#x") || name.startsWith("#X") ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith("#") ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name] ?? all),
  );
}

/** Why Excel would refuse `name` as a sheet name, or undefined. */
export function badSheetName(name: string): Text | undefined {
  if (name.length > 31) return { da: `har ${name.length} tegn, og et arknavn må højst have 31`, en: `has ${name.length} characters, and a sheet name may have at most 31` };
  if (/[[\]:*?/\\]/.test(name)) return { da: "indeholder et af tegnene [ ] : * ? / \\, som et arknavn ikke må have", en: "contains one of the characters [ ] : * ? / \\, which a sheet name may not have" };
  if (/^'|'$/.test(name)) return { da: "begynder eller slutter med ', som et arknavn ikke må", en: "begins or ends with ', which a sheet name may not" };
  if (name.trim() === "" || name === "History") return { da: "er et navn, Excel ikke tillader", en: "is a name Excel does not allow" };
  return undefined;
}

/** The first sheet whose name Excel would refuse, as the refusal's reason. */
export async function sheetNameProblem(bytes: Uint8Array, entries: ZipEntry[], inflate: InflatePrefix): Promise<Text | undefined> {
  const entry = entries.find((e) => e.name === "xl/workbook.xml");
  const data = entry && entryData(bytes, entry);
  if (!entry || !data || entry.uncompressedSize > WORKBOOK_XML_BYTES) return undefined;
  const xml = entry.method === 8 ? await inflate(data, WORKBOOK_XML_BYTES) : data;
  if (xml === "damaged") return undefined;
  for (const match of new TextDecoder().decode(xml).matchAll(/<(?:\w+:)?sheet\b[^>]*?\bname=("([^"]*)"|'([^']*)')/g)) {
    const name = unescapeXml(match[2] ?? match[3]);
    const why = badSheetName(name);
    if (why) {
      return {
        da: `arket "${name}" ${why.da}; giv arket et andet navn, og gem filen igen`,
        en: `the sheet "${name}" ${why.en}; rename the sheet and save the file again`,
      };
    }
  }
  return undefined;
}
