/**
 * What the task pane may do, as the build and the manifest define it: a Content-Security-Policy that
 * lets only the pane's own scripts and office.js run (no eval, no inline or remote code), a build
 * that never emits eval, source that never evaluates strings or talks to the network, a manifest
 * that asks for ReadWriteDocument and names no foreign domain, and a SECURITY.md that says so.
 */
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { DEV_BASE_URL, REPO_ROOT, manifestUrls, readManifest } from "../addin/support/manifest";
import { descendants, localName } from "../addin/support/xml";

type Config = { devtool?: string; plugins: { userOptions?: { filename?: string; templateParameters?: { csp?: string } } }[] };
const buildConfig = createRequire(__filename)("../../webpack.config.js") as (env: object, argv: object) => Promise<Config>;

/** A deployment's base URL, as a release build has one (the CSP does not depend on it). */
const RELEASE = { addinUrl: "https://addin.example.dk/implan/" };

/** The CSP of every page the build writes, by file name. */
async function policies(env: object): Promise<Record<string, string>> {
  const config = await buildConfig({ ...RELEASE, ...env }, { mode: "production" });
  return Object.fromEntries(config.plugins.flatMap((p) => (p.userOptions?.templateParameters?.csp ? [[p.userOptions.filename, p.userOptions.templateParameters.csp]] : [])));
}

const directives = (csp: string) => Object.fromEntries(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));

describe("the task pane's Content-Security-Policy", () => {
  test("lets scripts run only from the pane's own origin and Microsoft's office.js origin", async () => {
    const pages = await policies({});
    expect(Object.keys(pages)).toEqual(expect.arrayContaining(["taskpane.html", "commands.html", "help.html"]));
    for (const page of ["taskpane.html", "commands.html"]) {
      expect({ page, csp: directives(pages[page]) }).toMatchObject({
        page,
        csp: { "script-src": ["'self'", "https://appsforoffice.microsoft.com"], "object-src": ["'none'"], "base-uri": ["'self'"], "form-action": ["'none'"] },
      });
    }
  });

  test("allows no eval, no inline script and no other origin on any page", async () => {
    for (const [page, csp] of Object.entries({ ...(await policies({})), ...(await policies({ testHost: true })) })) {
      expect({ page, csp }).not.toEqual({ page, csp: expect.stringContaining("unsafe-eval") });
      // A page without scripts (help.html) may forbid them altogether with 'none'.
      const scripts: string[] = directives(csp)["script-src"] ?? directives(csp)["default-src"] ?? ["(scripts from anywhere)"];
      expect({ page, others: scripts.filter((s) => !["'self'", "https://appsforoffice.microsoft.com", "'none'"].includes(s)) }).toEqual({ page, others: [] });
    }
  });

  test("the build never emits eval-based code", async () => {
    for (const mode of ["production", "development"]) {
      const config = await buildConfig(RELEASE, { mode });
      expect({ mode, devtool: config.devtool }).not.toEqual({ mode, devtool: expect.stringContaining("eval") });
    }
  });

  test("the page template loads office.js and the pane's own bundles, and has no inline script", () => {
    const html = readFileSync(path.join(REPO_ROOT, "src/taskpane/taskpane.html"), "utf8");
    expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="<%= csp %>" />');
    expect([...html.matchAll(/<script\b((?:[^>"]|"[^"]*")*)>([\s\S]*?)<\/script>/g)].map(([, attributes, body]) => ({ attributes: attributes.trim(), body: body.trim() }))).toEqual([
      { attributes: 'src="<%= officeJs %>"', body: "" },
    ]);
  });
});

/** Every source file of the product, with its text. */
function sources(dir = path.join(REPO_ROOT, "src")): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.(ts|tsx|html)$/.test(entry.name) ? [{ file: path.relative(REPO_ROOT, full), text: readFileSync(full, "utf8") }] : [];
  });
}

describe("the product's source", () => {
  test.each([
    { title: "evaluates no string as code", pattern: /\beval\s*\(|new\s+Function\s*\(|set(?:Timeout|Interval)\s*\(\s*["'`]/ },
    { title: "writes no HTML from strings", pattern: /dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|document\.write\s*\(|insertAdjacentHTML/ },
    { title: "opens no network connection of its own", pattern: /\bfetch\s*\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource|from\s+["']node:(?:https?|net|dgram|tls)["']|require\(["'](?:node:)?(?:https?|net)["']\)/ },
    { title: "loads no script from elsewhere", pattern: /<script\b[^>]*\bsrc=["']https?:|import\(\s*["']https?:/ },
  ])("$title", ({ pattern }) => {
    expect(sources().filter(({ text }) => pattern.test(text)).map(({ file }) => file)).toEqual([]);
  });
});

describe("the manifest", () => {
  const manifest = readManifest();

  test("asks for ReadWriteDocument and no more", () => {
    const permissions = descendants(manifest).filter((e) => localName(e) === "Permissions").map((e) => e.text.trim());
    expect(permissions).toEqual(["ReadWriteDocument"]);
  });

  test("names no foreign domain: no app domains, and every URL is the add-in's own", () => {
    expect(descendants(manifest).filter((e) => /^AppDomains?$/.test(localName(e)))).toEqual([]);
    const origins = new Set(manifestUrls(manifest).map(({ url }) => new URL(url).origin));
    expect([...origins]).toEqual([new URL(DEV_BASE_URL).origin]);
  });
});

describe("SECURITY.md", () => {
  const text = readFileSync(path.join(REPO_ROOT, "SECURITY.md"), "utf8");

  test.each(["## What it reads", "## What it writes", "## Untrusted files", "## Formulas and text", "## What it never does", "## Reporting a problem"])("has the section %s", (heading) => {
    expect(text.split("\n")).toContain(heading);
  });

  test("states the limits the code enforces", async () => {
    const { DEFAULT_ARCHIVE_LIMITS } = await import("../../src/xlsx/archiveLimits");
    const MB = 1024 * 1024;
    expect([DEFAULT_ARCHIVE_LIMITS.maxFileBytes / MB, DEFAULT_ARCHIVE_LIMITS.maxEntries, DEFAULT_ARCHIVE_LIMITS.maxTotalUncompressed / MB]).toEqual([50, 10_000, 500]);
    for (const fact of ["50 MB", "10,000", "500 MB", "100 MB", "<!DOCTYPE", "ReadWriteDocument", "appsforoffice.microsoft.com", "No `eval`", "No telemetry", "plan.bak.xlsx"]) expect(text).toContain(fact);
  });
});
