/**
 * A plan's bytes with the sheets no reader looks at emptied, for loading many plans (the rollup).
 * readSnapshot reads tables, wherever they are, and the cells around the GoLive name; nothing else.
 * ExcelJS, though, parses every sheet, and half of a plan's XML is Tidslinje and Overblik, formulas
 * and formats only: emptying them halves the load. A sheet is kept when it has relationships (every
 * table is one) or holds the GoLive cell; when anything is unclear, the bytes are kept as they are.
 * The emptied sheets stay in the workbook with their names and order, so the view is the same.
 */
import JSZip from "jszip";
import { NAMES } from "../workbook/layout";
import { parseReference } from "./workbookRead";

/** What ExcelJS is given instead of an unread sheet: a worksheet without cells. */
const EMPTY_SHEET =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, name: string) =>
    /^#x/i.test(name) ? String.fromCodePoint(parseInt(name.slice(2), 16)) : name.startsWith("#") ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name] ?? all),
  );
}

/** The attributes of one start tag's text, by local name ("r:id" → "id"), values unescaped. */
function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, name, double, single] of tag.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    found.set(name.replace(/^[\w.-]+:/, ""), unescapeXml(double ?? single));
  }
  return found;
}

/** Sheet name → its part ("xl/worksheets/sheet3.xml"), resolved as ExcelJS resolves it; undefined if unsure. */
function sheetParts(workbookXml: string, relsXml: string): Map<string, string> | undefined {
  const targets = new Map<string, string>();
  for (const [, tag] of relsXml.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const rel = attributes(tag);
    const [id, target] = [rel.get("Id"), rel.get("Target")];
    if (id !== undefined && target !== undefined) targets.set(id, `xl/${target.replace(/^(\s|\/xl\/)+/, "")}`);
  }
  const parts = new Map<string, string>();
  for (const [, tag] of workbookXml.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const sheet = attributes(tag);
    const [name, id] = [sheet.get("name"), sheet.get("id")];
    const part = id === undefined ? undefined : targets.get(id);
    if (name === undefined || part === undefined) return undefined;
    parts.set(name, part);
  }
  return parts;
}

/** The sheets the GoLive name points at (any name spelled so, as readSnapshot matches it); undefined if one is unreadable. */
function goLiveSheets(workbookXml: string): Set<string> | undefined {
  const sheets = new Set<string>();
  for (const [, tag, body] of workbookXml.matchAll(/<(?:\w+:)?definedName\b([^>]*)>([^<]*)</g)) {
    if (attributes(tag).get("name")?.toLowerCase() !== NAMES.goLive.toLowerCase()) continue;
    const reference = unescapeXml(body);
    // A name over several ranges ("A!$B$8,B!$C$9") may point at any of them: keep every sheet then.
    const target = reference.includes(",") ? undefined : parseReference(reference);
    if (!target) return undefined;
    sheets.add(target.sheet);
  }
  return sheets;
}

/**
 * `bytes` with every sheet readSnapshot does not read replaced by an empty one; the same bytes when
 * there is none, or when the workbook part or its relationships cannot be made out.
 */
export async function withoutUnreadSheets(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const [workbookXml, relsXml] = await Promise.all([zip.file("xl/workbook.xml")?.async("string"), zip.file("xl/_rels/workbook.xml.rels")?.async("string")]);
  if (workbookXml === undefined || relsXml === undefined) return bytes;
  const parts = sheetParts(workbookXml, relsXml);
  const keep = goLiveSheets(workbookXml);
  if (!parts || !keep) return bytes;
  let emptied = false;
  for (const [name, part] of parts) {
    const number = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(part)?.[1];
    if (number === undefined || keep.has(name) || !zip.files[part] || zip.files[`xl/worksheets/_rels/sheet${number}.xml.rels`]) continue;
    zip.file(part, EMPTY_SHEET);
    emptied = true;
  }
  // Unchanged parts are copied as they are compressed; only the empty sheets are deflated.
  return emptied ? zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }) : bytes;
}
