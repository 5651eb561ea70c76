/**
 * `npm run demo`: a sample plan, a sample rollout of plans and their rolled-up status under demo/,
 * on built-in defaults, so a new user sees the product in one command.
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
  const status = path.join(DEMO_DIR, "status.xlsx");
  const rollup = await runCli(["rollup", path.join(DEMO_DIR, "udrulning"), "--rollout", csv, "--out", status]);
  if (rollup !== 0) return rollup;
  console.log(
    [
      "",
      "Demo klar:",
      `  en plan:             ${path.resolve(plan)}`,
      `  en udrulning:        ${path.resolve(DEMO_DIR, "udrulning")}/ (ud fra ${path.resolve(csv)})`,
      `  samlet status:       ${path.resolve(status)}`,
      `Prøv: npm run implan -- validate ${plan}`,
    ].join("\n"),
  );
  return 0;
}

main().then((code) => process.exit(code));
