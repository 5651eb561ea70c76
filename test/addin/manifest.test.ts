/** The committed manifest.xml, checked offline for what Office and this project rely on. */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { COMMAND_IDS } from "../../src/commands/actions";
import {
  DEV_BASE_URL,
  REPO_ROOT,
  manifestUrls,
  pathUnder,
  readManifest,
  residUses,
  resources,
  ribbonButtons,
  versionOverrides,
} from "./support/manifest";
import { pngSize } from "./support/png";
import { childNamed, childrenNamed, descendants, localName, type XmlElement } from "./support/xml";

const manifest = readManifest();
const text = (name: string) => childNamed(manifest, name).text.trim();
const defaultValue = (name: string) => childNamed(manifest, name).attributes.DefaultValue;

/** The repository file a manifest URL serves: assets are committed, pages are built. */
function assetFile(url: string): string {
  const relative = pathUnder(DEV_BASE_URL, url);
  if (relative === null) throw new Error(`${url} is not under ${DEV_BASE_URL}`);
  return join(REPO_ROOT, relative);
}

function expectIconSize(url: string, size: number): void {
  const file = assetFile(url);
  expect(existsSync(file)).toBe(true);
  expect({ url, ...pngSize(readFileSync(file)) }).toEqual({ url, width: size, height: size });
}

describe("manifest.xml", () => {
  it("is a task pane add-in for Excel workbooks", () => {
    expect(localName(manifest)).toBe("OfficeApp");
    expect(manifest.attributes["xsi:type"]).toBe("TaskPaneApp");
    const hosts = childrenNamed(childNamed(manifest, "Hosts"), "Host").map((host) => host.attributes.Name);
    expect(hosts).toEqual(["Workbook"]);
  });

  it("has a GUID as its id", () => {
    expect(text("Id")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  });

  it("has a four-part version that starts with package.json's version", () => {
    const version = text("Version");
    expect(version).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    const packageVersion = JSON.parse(readFileSync(join(REPO_ROOT, "package.json"), "utf8")).version as string;
    expect(version.startsWith(`${packageVersion}.`)).toBe(true);
  });

  it("is named Implementeringsplan, in Danish by default with English overrides", () => {
    expect(text("ProviderName")).not.toBe("");
    expect(text("DefaultLocale")).toBe("da-DK");
    expect(defaultValue("DisplayName")).toBe("Implementeringsplan");
    for (const name of ["DisplayName", "Description"]) {
      const overrides = childrenNamed(childNamed(manifest, name), "Override").map((o) => o.attributes.Locale);
      expect({ name, overrides }).toEqual({ name, overrides: ["en-US"] });
    }
  });

  it("uses https URLs under the base URL only", () => {
    const urls = manifestUrls(manifest);
    expect(urls.length).toBeGreaterThan(5);
    const outside = urls.filter(({ url }) => !url.startsWith("https://") || pathUnder(DEV_BASE_URL, url) === null);
    expect(outside).toEqual([]);
  });

  it("names no app domains, so the pane never navigates to a foreign site", () => {
    const domains = descendants(manifest).filter((element) => ["AppDomains", "AppDomain"].includes(localName(element)));
    expect(domains).toEqual([]);
  });

  it("asks for ReadWriteDocument permission", () => {
    expect(text("Permissions")).toBe("ReadWriteDocument");
  });

  it("requires ExcelApi 1.7", () => {
    const sets = childNamed(childNamed(manifest, "Requirements"), "Sets");
    const excelApi = childrenNamed(sets, "Set").filter((set) => set.attributes.Name === "ExcelApi");
    expect(excelApi.map((set) => set.attributes.MinVersion)).toEqual(["1.7"]);
  });

  it("opens taskpane.html from the base URL", () => {
    const source = childNamed(childNamed(manifest, "DefaultSettings"), "SourceLocation").attributes.DefaultValue;
    expect(source).toBe(`${DEV_BASE_URL}taskpane.html`);
  });

  it("has a 32 px icon and a 64 px high-resolution icon", () => {
    expectIconSize(defaultValue("IconUrl"), 32);
    expectIconSize(defaultValue("HighResolutionIconUrl"), 64);
  });

  it("gives every ribbon image the pixel size its size attribute says", () => {
    const images = resources(manifest).Images;
    const uses = descendants(versionOverrides(manifest)).filter(
      (element) => element.name === "bt:Image" && element.attributes.size !== undefined,
    );
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) {
      const image = images.get(use.attributes.resid);
      expect({ resid: use.attributes.resid, found: image !== undefined }).toEqual({ resid: use.attributes.resid, found: true });
      expectIconSize((image as XmlElement).attributes.DefaultValue, Number(use.attributes.size));
    }
  });

  it("has an existing PNG of the size its id names for every image resource", () => {
    const images = [...resources(manifest).Images.values()];
    expect(images.map((image) => image.attributes.id).sort()).toEqual(
      ["Icon.128x128", "Icon.16x16", "Icon.32x32", "Icon.64x64", "Icon.80x80"].sort(),
    );
    for (const image of images) {
      const [, width] = /^Icon\.(\d+)x\1$/.exec(image.attributes.id) ?? [];
      expect({ id: image.attributes.id, named: width !== undefined }).toEqual({ id: image.attributes.id, named: true });
      expectIconSize(image.attributes.DefaultValue, Number(width));
    }
  });

  it("resolves every resid in VersionOverrides to a resource of the right kind", () => {
    const byKind = resources(manifest);
    const unresolved = residUses(manifest)
      .filter(({ resid, kind }) => !byKind[kind]?.has(resid))
      .map(({ element, resid, kind }) => `${element.name} resid="${resid}" (needs ${kind})`);
    expect(unresolved).toEqual([]);
  });

  it("keeps resource ids and strings within Office's length limits, with an en-US override each", () => {
    const byKind = resources(manifest);
    for (const [kind, limit] of [
      ["ShortStrings", 125],
      ["LongStrings", 250],
    ] as const) {
      for (const [id, entry] of byKind[kind]) {
        const overrides = childrenNamed(entry, "Override");
        expect({ id, locales: overrides.map((o) => o.attributes.Locale) }).toEqual({ id, locales: ["en-US"] });
        for (const value of [entry.attributes.DefaultValue, ...overrides.map((o) => o.attributes.Value)]) {
          expect({ id, length: value.length <= limit && value.trim().length > 0 }).toEqual({ id, length: true });
        }
      }
    }
    for (const group of Object.values(byKind)) {
      for (const id of group.keys()) expect({ id, ok: id.length <= 32 }).toEqual({ id, ok: true });
    }
  });

  it("puts the three buttons on the Home tab: open the pane, validate, update dates", () => {
    const tabs = descendants(versionOverrides(manifest)).filter((element) => localName(element) === "OfficeTab");
    expect(tabs.map((tab) => tab.attributes.id)).toEqual(["TabHome"]);
    const strings = resources(manifest).ShortStrings;
    const buttons = ribbonButtons(manifest).map((button) => ({
      label: strings.get(button.label)?.attributes.DefaultValue,
      action: button.action,
      functionName: button.functionName,
    }));
    expect(buttons).toEqual([
      { label: "Åbn plan", action: "ShowTaskpane", functionName: undefined },
      { label: "Valider", action: "ExecuteFunction", functionName: "validatePlan" },
      { label: "Opdater datoer", action: "ExecuteFunction", functionName: "updateDates" },
    ]);
  });

  it("names only functions that src/commands registers", () => {
    const named = ribbonButtons(manifest).flatMap((button) => (button.functionName ? [button.functionName] : []));
    expect([...named].sort()).toEqual([...COMMAND_IDS].sort());
  });

  it("loads the function file and the task pane from the pages webpack builds", () => {
    const urls = resources(manifest).Urls;
    const pages = [...urls.values()].map((url) => pathUnder(DEV_BASE_URL, url.attributes.DefaultValue));
    expect(pages.sort()).toEqual(["commands.html", "help.html", "taskpane.html"]);
    const functionFile = childNamed(
      descendants(versionOverrides(manifest)).find((element) => localName(element) === "DesktopFormFactor") as XmlElement,
      "FunctionFile",
    );
    expect(urls.get(functionFile.attributes.resid)?.attributes.DefaultValue).toBe(`${DEV_BASE_URL}commands.html`);
  });
});
