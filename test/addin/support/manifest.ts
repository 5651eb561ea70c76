/** Reading manifest.xml for the tests: the parsed tree and the facts the checks need. */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { childNamed, childrenNamed, descendants, localName, parseXml, type XmlElement } from "./xml";

export const REPO_ROOT = resolve(__dirname, "..", "..", "..");
export const MANIFEST_PATH = join(REPO_ROOT, "manifest.xml");
/** The base URL the committed manifest uses (webpack.config.js rewrites it for deployments). */
export const DEV_BASE_URL = "https://localhost:3000/";

export function readManifest(file = MANIFEST_PATH): XmlElement {
  return parseXml(readFileSync(file, "utf8"));
}

/** Namespace declarations name schemas, not places the add-in loads from. */
function isNamespaceAttribute(name: string): boolean {
  return name === "xmlns" || name.startsWith("xmlns:");
}

/** Every URL in the manifest, in attributes and text, with the element it sits on. */
export function manifestUrls(root: XmlElement): Array<{ element: string; url: string }> {
  const found: Array<{ element: string; url: string }> = [];
  for (const element of descendants(root)) {
    for (const [name, value] of Object.entries(element.attributes)) {
      if (!isNamespaceAttribute(name) && /^[a-z][a-z0-9+.-]*:\/\//i.test(value.trim())) {
        found.push({ element: element.name, url: value.trim() });
      }
    }
    const text = element.text.trim();
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) found.push({ element: element.name, url: text });
  }
  return found;
}

export function versionOverrides(root: XmlElement): XmlElement {
  return childNamed(root, "VersionOverrides");
}

/** The resources of VersionOverrides by kind (Images, Urls, ShortStrings, LongStrings) and id. */
export function resources(root: XmlElement): Record<string, Map<string, XmlElement>> {
  const result: Record<string, Map<string, XmlElement>> = {};
  for (const group of childNamed(versionOverrides(root), "Resources").children) {
    const byId = new Map<string, XmlElement>();
    for (const entry of group.children) byId.set(entry.attributes.id, entry);
    result[localName(group)] = byId;
  }
  return result;
}

/** Every element in VersionOverrides that refers to a resource, with the kind it must be. */
export function residUses(root: XmlElement): Array<{ element: XmlElement; resid: string; kind: string }> {
  const kindOf = (element: XmlElement, parent: XmlElement | undefined): string => {
    const name = localName(element);
    if (name === "Image") return "Images";
    if (["SourceLocation", "FunctionFile", "LearnMoreUrl"].includes(name)) return "Urls";
    if (name === "Description" && parent && ["Supertip", "GetStarted"].includes(localName(parent))) return "LongStrings";
    return "ShortStrings";
  };
  const uses: Array<{ element: XmlElement; resid: string; kind: string }> = [];
  const walk = (element: XmlElement, parent?: XmlElement) => {
    if (element.attributes.resid !== undefined) {
      uses.push({ element, resid: element.attributes.resid, kind: kindOf(element, parent) });
    }
    for (const child of element.children) walk(child, element);
  };
  walk(versionOverrides(root));
  return uses;
}

/** The ribbon buttons: id, label resource id and what the button does. */
export function ribbonButtons(root: XmlElement): Array<{ id: string; label: string; action: string; functionName?: string }> {
  return descendants(versionOverrides(root))
    .filter((element) => localName(element) === "Control" && element.attributes["xsi:type"] === "Button")
    .map((control) => {
      const action = childNamed(control, "Action");
      const functionName = childrenNamed(action, "FunctionName")[0]?.text.trim();
      return {
        id: control.attributes.id,
        label: childNamed(control, "Label").attributes.resid,
        action: action.attributes["xsi:type"],
        ...(functionName ? { functionName } : {}),
      };
    });
}

/** The path of a URL below the base URL, e.g. "assets/icon-16.png"; null when outside it. */
export function pathUnder(baseUrl: string, url: string): string | null {
  return url.startsWith(baseUrl) ? url.slice(baseUrl.length) : null;
}
