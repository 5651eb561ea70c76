/**
 * manifest.xml is well-formed XML by xmllint (Debian's libxml2-utils), and Microsoft's own
 * manifest reader parses it. Microsoft's schema validation needs the internet, so the schema-level
 * facts are checked offline by test/addin/manifest.test.ts. Fails, never skips, without xmllint.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { MANIFEST_PATH, REPO_ROOT, readManifest } from "../addin/support/manifest";
import { childNamed } from "../addin/support/xml";

function run(command: string, args: string[], install: string) {
  const result = spawnSync(command, args, { cwd: REPO_ROOT, encoding: "utf8" });
  if ((result.error as NodeJS.ErrnoException | undefined)?.code === "ENOENT") {
    throw new Error(
      `${command} is missing: this test needs it and does not skip. Install it with: ${install}`,
    );
  }
  if (result.error) throw result.error;
  return result;
}

describe("manifest.xml with external tools", () => {
  it("is well-formed according to xmllint --noout", () => {
    const result = run("xmllint", ["--noout", MANIFEST_PATH], "apt-get install libxml2-utils");
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: "" });
  });

  it("is read by office-addin-manifest info, offline", () => {
    const cli = join(REPO_ROOT, "node_modules", "office-addin-manifest", "cli.js");
    const result = run(process.execPath, [cli, "info", MANIFEST_PATH], "npm ci (office-addin-manifest is a devDependency)");
    expect(result.status).toBe(0);
    const id = childNamed(readManifest(), "Id").text.trim();
    expect(result.stdout).toContain(`Id: ${id}`);
    expect(result.stdout).toContain("Permissions: ReadWriteDocument");
  });
});
