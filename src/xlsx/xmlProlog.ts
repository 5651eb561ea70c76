/**
 * Refuses an .xlsx whose XML parts declare a document type, before any XML parser sees them. Excel,
 * LibreOffice and openpyxl never write one, and a DOCTYPE is the only way in for entity expansion
 * ("billion laughs") and external entities (XXE). Only each part's prolog (what precedes its root
 * element) is inflated, and at most PROLOG_BYTES of it, so the check is cheap and bounded.
 */
import type { Text } from "../model/types";
import type { InflatePrefix } from "./inflateCount";
import { entryData, type ZipEntry } from "./zipDirectory";

/** A prolog longer than this is refused: real ones are one XML declaration (about 60 bytes). */
export const PROLOG_BYTES = 64 * 1024;

const isXmlPart = (entry: ZipEntry) => /\.(xml|rels|vml)$/i.test(entry.name);

/** The text of a part's first bytes: UTF-16 when it starts with a UTF-16 byte-order mark, else UTF-8. */
function decode(head: Uint8Array): string {
  const encoding = head[0] === 0xff && head[1] === 0xfe ? "utf-16le" : head[0] === 0xfe && head[1] === 0xff ? "utf-16be" : "utf-8";
  return new TextDecoder(encoding).decode(head).replace(/^\uFEFF/, "");
}

/**
 * What is wrong with a part's prolog: "doctype" when it declares one, "long" when the root element
 * does not start within the bytes given although the part goes on; undefined when it is fine.
 *
 * @example
 * prologProblem(utf8('<?xml version="1.0"?><worksheet/>'), true) //=> undefined
 * prologProblem(utf8('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "a">]><x/>'), true) //=> "doctype"
 */
export function prologProblem(head: Uint8Array, complete: boolean): "doctype" | "long" | undefined {
  const text = decode(head);
  let at = 0;
  for (;;) {
    while (at < text.length && /\s/.test(text[at])) at++;
    if (at >= text.length) return complete ? undefined : "long";
    const close = text.startsWith("<?", at) ? "?>" : text.startsWith("<!--", at) ? "-->" : undefined;
    if (close) {
      const end = text.indexOf(close, at);
      if (end < 0) return complete ? undefined : "long";
      at = end + close.length;
      continue;
    }
    // "<!DOCTYPE", or any other declaration (an ENTITY outside a DOCTYPE is no better).
    return text.startsWith("<!", at) ? "doctype" : undefined;
  }
}

/** The first XML part whose prolog declares a document type or never ends, as the refusal's reason. */
export async function xmlPrologProblem(bytes: Uint8Array, entries: ZipEntry[], inflate: InflatePrefix): Promise<Text | undefined> {
  for (const entry of entries.filter(isXmlPart)) {
    const data = entryData(bytes, entry);
    if (!data) return { da: `filen er beskadiget (delen ${entry.name})`, en: `the file is damaged (the part ${entry.name})` };
    const head = entry.method === 8 ? await inflate(data, PROLOG_BYTES) : data.subarray(0, PROLOG_BYTES);
    if (head === "damaged") return { da: `filen er beskadiget (delen ${entry.name})`, en: `the file is damaged (the part ${entry.name})` };
    const problem = prologProblem(head, head.length < PROLOG_BYTES);
    if (problem === "doctype") {
      return {
        da: `delen ${entry.name} erklærer en dokumenttype (DOCTYPE), som Excel aldrig skriver, og som kan bruges til at angribe den, der åbner filen`,
        en: `the part ${entry.name} declares a document type (DOCTYPE), which Excel never writes and which can be used to attack whoever opens the file`,
      };
    }
    if (problem === "long") return { da: `delen ${entry.name} begynder ikke som XML`, en: `the part ${entry.name} does not begin as XML` };
  }
  return undefined;
}
