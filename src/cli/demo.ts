/**
 * `npm run demo`: a sample plan and a sample wave of plans under demo/, on built-in defaults, so a
 * new user sees the product in one command.
 */
import { promises as fs } from "node:fs";
import path from "node:path";
import { runCli } from "./main";

const DEMO_DIR = "demo";
const WAVE_CSV = ["kommune;bølge;golive", "Aarhus;1;01-03-2027", "0101;1;01-03-2027", "Odense;1;2027-03-01", "Aalborg;2;2027-09-01", "Esbjerg;2;2027-09-01"].join("\n");

async function main(): Promise<number> {
  await fs.mkdir(DEMO_DIR, { recursive: true });
  const plan = path.join(DEMO_DIR, "plan-aarhus.xlsx");
  const single = await runCli(["generate", "--go-live", "2027-03-01", "--kommune", "Aarhus", "--losning", "SAPA", "--bolge", "1", "--out", plan]);
  if (single !== 0) return single;
  const csv = path.join(DEMO_DIR, "udrulning.csv");
  await fs.writeFile(csv, WAVE_CSV + "\n", "utf8");
  const wave = await runCli(["generate", "--rollout", csv, "--losning", "SAPA", "--out-dir", path.join(DEMO_DIR, "udrulning")]);
  if (wave !== 0) return wave;
  console.log(`\nDemo klar: ${path.resolve(plan)} og ${path.resolve(DEMO_DIR, "udrulning")}/ (ud fra ${path.resolve(csv)}).`);
  return 0;
}

main().then((code) => process.exit(code));
