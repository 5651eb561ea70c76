/** The build's manifest rewriting and base URL checks (webpack.config.js). */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { DEV_BASE_URL, MANIFEST_PATH, manifestUrls, pathUnder } from "./support/manifest";
import { parseXml } from "./support/xml";

/** The helpers webpack.config.js exports besides the config function (it is plain CommonJS). */
const config = createRequire(__filename)("../../webpack.config.js") as ((env: Record<string, unknown>, argv: { mode: string }) => Promise<{ entry: Record<string, string> }>) & {
  addinBaseUrl: (value: string | undefined) => string;
  rewriteManifest: (xml: string, baseUrl: string) => string;
  DEV_BASE_URL: string;
};

describe("addinBaseUrl", () => {
  it.each([
    { title: "nothing set", input: undefined, expected: DEV_BASE_URL },
    { title: "blank", input: "  ", expected: DEV_BASE_URL },
    { title: "a host with a path", input: "https://addin.example.dk/implan/", expected: "https://addin.example.dk/implan/" },
    { title: "a path without a final slash", input: "https://addin.example.dk/implan", expected: "https://addin.example.dk/implan/" },
  ])("accepts $title", ({ input, expected }) => {
    expect(config.addinBaseUrl(input)).toBe(expected);
  });

  it.each([
    { title: "http", input: "http://addin.example.dk/", message: /https/ },
    { title: "a query", input: "https://addin.example.dk/?x=1", message: /query/ },
    { title: "no URL at all", input: "addin.example.dk", message: /not a URL/ },
  ])("refuses $title", ({ input, message }) => {
    expect(() => config.addinBaseUrl(input)).toThrow(message);
  });
});

describe("rewriteManifest", () => {
  it("moves every URL to the deployment's base URL and leaves the rest alone", () => {
    const original = readFileSync(MANIFEST_PATH, "utf8");
    const base = "https://addin.example.dk/implan/";
    const rewritten = config.rewriteManifest(original, base);
    const before = manifestUrls(parseXml(original)).map(({ url }) => pathUnder(DEV_BASE_URL, url));
    const after = manifestUrls(parseXml(rewritten)).map(({ url }) => pathUnder(base, url));
    expect(after).toEqual(before);
    expect(rewritten).not.toContain("localhost");
    expect(rewritten.replaceAll(base, DEV_BASE_URL)).toBe(original);
  });

  it("keeps the committed manifest's base URL as the development default", () => {
    expect(config.DEV_BASE_URL).toBe(DEV_BASE_URL);
  });
});

describe("the fake Excel test page", () => {
  it("is built only for tests, never into a deployable build", async () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    expect(Object.keys((await config({}, { mode: "production" })).entry)).toEqual(["taskpane", "commands"]);
    expect(Object.keys((await config({ testHost: true }, { mode: "production" })).entry)).toEqual(["taskpane", "commands", "taskpane-fake"]);
    warn.mockRestore();
  });
});
