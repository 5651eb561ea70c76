/**
 * A small, strict XML reader for the tests: elements, attributes, text, comments, the XML
 * declaration and the five predefined entities plus numeric references. Anything else (DOCTYPE,
 * CDATA, processing instructions other than the declaration, mismatched tags) is an error, which
 * suits a manifest that should be plain.
 */

export interface XmlElement {
  /** The qualified name as written, e.g. "bt:Image". */
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text, entities decoded, whitespace kept. */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(text: string, where: number): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);|&/gi, (match, name: string | undefined) => {
    if (!name) throw new Error(`bare "&" near offset ${where}`);
    if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
    const value = ENTITIES[name];
    if (value === undefined) throw new Error(`unknown entity ${match} near offset ${where}`);
    return value;
  });
}

/** Parses a document and returns its root element; throws on anything it does not understand. */
export function parseXml(source: string): XmlElement {
  let pos = 0;
  const fail: (message: string) => never = (message) => {
    const line = source.slice(0, pos).split("\n").length;
    throw new Error(`XML: ${message} (line ${line})`);
  };
  const skipMisc = () => {
    for (;;) {
      const rest = source.slice(pos);
      const ws = /^\s+/.exec(rest);
      if (ws) {
        pos += ws[0].length;
        continue;
      }
      if (rest.startsWith("<!--")) {
        const end = source.indexOf("-->", pos + 4);
        if (end < 0) fail("unterminated comment");
        pos = end + 3;
        continue;
      }
      return;
    }
  };

  if (source.charCodeAt(0) === 0xfeff) pos = 1;
  const declaration = /^<\?xml\s[^?]*\?>/.exec(source.slice(pos));
  if (declaration) pos += declaration[0].length;
  skipMisc();

  const parseElement = (): XmlElement => {
    const open = /^<([A-Za-z_][\w.:-]*)/.exec(source.slice(pos));
    if (!open) fail("expected an element");
    pos += open[0].length;
    const element: XmlElement = { name: open[1], attributes: {}, children: [], text: "" };
    for (;;) {
      const attribute = /^\s+([A-Za-z_][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(source.slice(pos));
      if (!attribute) break;
      if (attribute[1] in element.attributes) fail(`duplicate attribute ${attribute[1]}`);
      element.attributes[attribute[1]] = decode(attribute[3] ?? attribute[4], pos);
      pos += attribute[0].length;
    }
    const end = /^\s*(\/?)>/.exec(source.slice(pos));
    if (!end) fail(`malformed start tag <${element.name}>`);
    pos += end[0].length;
    if (end[1] === "/") return element;
    for (;;) {
      const textEnd = source.indexOf("<", pos);
      if (textEnd < 0) fail(`<${element.name}> is never closed`);
      element.text += decode(source.slice(pos, textEnd), pos);
      pos = textEnd;
      if (source.startsWith("<!--", pos)) {
        const commentEnd = source.indexOf("-->", pos + 4);
        if (commentEnd < 0) fail("unterminated comment");
        pos = commentEnd + 3;
      } else if (source.startsWith("</", pos)) {
        const close = /^<\/([A-Za-z_][\w.:-]*)\s*>/.exec(source.slice(pos));
        if (!close || close[1] !== element.name) fail(`expected </${element.name}>`);
        pos += close[0].length;
        return element;
      } else if (source.startsWith("<!", pos) || source.startsWith("<?", pos)) {
        fail("DOCTYPE, CDATA and processing instructions are not supported");
      } else {
        element.children.push(parseElement());
      }
    }
  };

  const root = parseElement();
  skipMisc();
  if (pos !== source.length) fail("content after the root element");
  return root;
}

/** The name without its namespace prefix: "bt:Image" → "Image". */
export function localName(element: XmlElement): string {
  return element.name.slice(element.name.indexOf(":") + 1);
}

/** Every element below (and including) `root`, depth first. */
export function descendants(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(descendants)];
}

/** The direct children with a local name. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => localName(child) === name);
}

/** The single direct child with a local name; throws when there is not exactly one. */
export function childNamed(element: XmlElement, name: string): XmlElement {
  const found = childrenNamed(element, name);
  if (found.length !== 1) throw new Error(`<${element.name}> has ${found.length} <${name}> children, expected 1`);
  return found[0];
}
