import { existsSync, readdirSync, writeFileSync, mkdirSync, chmodSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { implan, tempDir } from "../support/cli";

async function open(file: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

describe("implan generate", () => {
  test("writes a plan for a municipality and says where", async () => {
    const dir = tempDir();
    const out = path.join(dir, "aarhus.xlsx");
    const result = await implan("generate", "--go-live", "2027-03-01", "--kommune", "0751", "--losning", "SAPA", "--bolge", "2", "--out", out);
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toContain(`Skrev ${out}: Aarhus (0751), go-live 01-03-2027.`);
    const front = (await open(out)).worksheets[0];
    expect(front.name).toBe("Forside");
    expect(front.getCell("B4").value).toBe("Aarhus");
    expect(front.getCell("B5").value).toBe("0751");
    expect(front.getCell("B6").value).toBe("SAPA");
    expect(front.getCell("B7").value).toBe(2);
  });

  test("accepts a Danish dd-mm-yyyy go-live and writes an English workbook on request", async () => {
    const out = path.join(tempDir(), "plan.xlsx");
    const result = await implan("generate", "--go-live", "01-03-2027", "--lang", "en", "--out", out);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Wrote");
    expect((await open(out)).worksheets[0].name).toBe("Front page");
  });

  const bad: { title: string; args: string[]; message: RegExp }[] = [
    { title: "an impossible date", args: ["--go-live", "2027-02-30"], message: /2027-02-30.*findes ikke/ },
    { title: "a malformed date", args: ["--go-live", "31/13/2027"], message: /31\/13\/2027/ },
    { title: "an empty date", args: ["--go-live", ""], message: /dato/i },
    { title: "a missing go-live", args: [], message: /--go-live/ },
    { title: "an unknown municipality", args: ["--go-live", "2027-03-01", "--kommune", "Atlantis"], message: /Ukendt kommune "Atlantis"/ },
    { title: "a wave that is not a number", args: ["--go-live", "2027-03-01", "--bolge", "to"], message: /Bølgen "to"/ },
  ];

  test.each(bad)("rejects $title with one sentence, exit code 2 and no file", async ({ args, message }) => {
    const out = path.join(tempDir(), "plan.xlsx");
    const result = await implan("generate", ...args, "--out", out);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });

  test("rejects a variant file that breaks the schema, naming the field", async () => {
    const dir = tempDir();
    const variant = path.join(dir, "variant.json");
    writeFileSync(variant, JSON.stringify({ phaseStarts: { F1: { months: -12 } } }));
    const out = path.join(dir, "plan.xlsx");
    const result = await implan("generate", "--go-live", "2027-03-01", "--variant", variant, "--out", out);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("phaseStarts.F1");
    expect(existsSync(out)).toBe(false);
  });

  test("rejects a variant file that is not JSON", async () => {
    const dir = tempDir();
    const variant = path.join(dir, "variant.json");
    writeFileSync(variant, "{ not json");
    const result = await implan("generate", "--go-live", "2027-03-01", "--variant", variant, "--out", path.join(dir, "p.xlsx"));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/ikke gyldig JSON/);
  });

  test("rejects an output folder that does not exist, leaving nothing behind", async () => {
    const dir = tempDir();
    const out = path.join(dir, "missing", "plan.xlsx");
    const result = await implan("generate", "--go-live", "2027-03-01", "--out", out);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/mappen .*missing findes ikke/);
    expect(readdirSync(dir)).toEqual([]);
  });

  test("rejects an output path that cannot be written, leaving nothing behind", async () => {
    if (process.getuid?.() === 0) {
      // root ignores file modes; a path under a regular file fails for everyone instead.
      const dir = tempDir();
      writeFileSync(path.join(dir, "file"), "x");
      const result = await implan("generate", "--go-live", "2027-03-01", "--out", path.join(dir, "file", "plan.xlsx"));
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/Kan ikke skrive/);
      return;
    }
    const dir = tempDir();
    const locked = path.join(dir, "locked");
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    const result = await implan("generate", "--go-live", "2027-03-01", "--out", path.join(locked, "plan.xlsx"));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/adgang nægtet/);
    expect(readdirSync(locked)).toEqual([]);
  });

  test("speaks English when asked to", async () => {
    const result = await implan("generate", "--go-live", "2027-02-30", "--lang", "en", "--out", path.join(tempDir(), "p.xlsx"));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/does not exist|not a real date|invalid/i);
  });

  test("has --help", async () => {
    const result = await implan("generate", "--help");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("--go-live");
    expect(result.stdout).toContain("--rollout");
  });
});

describe("implan generate --rollout", () => {
  test("writes one plan per good row, reports bad rows by line and exits 1", async () => {
    const dir = tempDir();
    const csv = path.join(dir, "bolge.csv");
    writeFileSync(csv, "\uFEFFkommune;bølge;golive\nAarhus;1;01-03-2027\n0101,1,2027-03-01\nAtlantis;1;2027-03-01\nOdense;1;2027-02-30\nAarhus;2;2027-09-01\n");
    const outDir = path.join(dir, "planer");
    const result = await implan("generate", "--rollout", csv, "--out-dir", outDir);
    expect(result.code).toBe(1);
    expect(readdirSync(outDir).sort()).toEqual(["implementeringsplan-0101-koebenhavn.xlsx", "implementeringsplan-0751-aarhus.xlsx"]);
    expect(result.stdout).toContain("[1/2] 0751 Aarhus (bølge 1, go-live 01-03-2027)");
    expect(result.stderr).toMatch(/Linje 4: Ukendt kommune "Atlantis"/);
    expect(result.stderr).toMatch(/Linje 5: .*2027-02-30/);
    expect(result.stderr).toMatch(/Linje 6: Aarhus står allerede på linje 2/);
  });

  test("reads a Windows-1252 file with comma separators", async () => {
    const dir = tempDir();
    const csv = path.join(dir, "bolge.csv");
    writeFileSync(csv, Buffer.from("kommune,bølge,golive\r\nHelsingør,3,2028-01-03\r\n", "latin1"));
    const result = await implan("generate", "--rollout", csv, "--out-dir", dir);
    expect(result.code).toBe(0);
    expect(readdirSync(dir)).toContain("implementeringsplan-0217-helsingoer.xlsx");
  });

  test("rejects a file without the required columns", async () => {
    const dir = tempDir();
    const csv = path.join(dir, "bolge.csv");
    writeFileSync(csv, "navn;dato\nAarhus;2027-03-01\n");
    const result = await implan("generate", "--rollout", csv, "--out-dir", dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/mangler kolonnen kommune, bølge, golive/);
  });
});

describe("implan model", () => {
  test("prints the model as one JSON object with every list keyed by id", async () => {
    const result = await implan("model", "--json");
    expect(result.code).toBe(0);
    const model = JSON.parse(result.stdout);
    expect(Object.keys(model).sort()).toEqual(
      ["assessments", "concepts", "criteria", "municipalities", "phases", "statuses", "tasks", "themes", "transitions", "version"].sort(),
    );
    for (const key of Object.keys(model).filter((k) => k !== "version")) {
      for (const item of model[key]) expect(typeof item.id).toBe("string");
    }
    expect(model.tasks).toHaveLength(34);
  });

  test("prints a readable overview in Danish by default", async () => {
    const result = await implan("model");
    expect(result.stdout).toContain("Fase 1 Opstart");
    expect(result.stdout).toContain("PRJ-01");
  });
});
