/** `implan model`: the implementation model as readable text, or as one JSON object. */
import { Command } from "commander";
import { MODEL } from "../model";
import type { Lang, Offset } from "../model/types";
import { langOption } from "./lang";

function offsetText(offset: Offset, lang: Lang): string {
  const units = { da: { days: "dage", weeks: "uger", months: "måneder" }, en: { days: "days", weeks: "weeks", months: "months" } };
  const sign = offset.amount > 0 ? "+" : "";
  return `${sign}${offset.amount} ${units[lang][offset.unit]}`;
}

export function modelText(lang: Lang): string {
  const lines: string[] = [`${lang === "da" ? "KOMBITs implementeringsmodel" : "KOMBIT's implementation model"} ${MODEL.version}`, ""];
  for (const phase of MODEL.phases) {
    const { earliest, latest } = phase.start.range;
    lines.push(`${phase.label[lang]}  (start ${offsetText(earliest, lang)} … ${offsetText(latest, lang)}; ${lang === "da" ? "standard" : "default"} ${offsetText(phase.start.default, lang)})`);
    lines.push(`  ${lang === "da" ? "Fokus" : "Focus"}: ${phase.focus[lang]}`);
    for (const criterion of MODEL.criteria.filter((c) => c.phase === phase.id)) lines.push(`  ${criterion.id}  ${criterion.text[lang]}`);
    lines.push("");
  }
  for (const theme of MODEL.themes) {
    lines.push(`${theme.id}  ${theme.name[lang]}`);
    for (const task of MODEL.tasks.filter((t) => t.theme === theme.id)) {
      lines.push(`  ${task.id}  ${task.title[lang]}  [${MODEL.phases.find((p) => p.id === task.defaultPhase)?.label[lang]}]`);
    }
  }
  return lines.join("\n");
}

export function modelCommand(): Command {
  return new Command("model")
    .description("print the implementation model: phases, criteria, themes and tasks")
    .option("--json", "one JSON object with every list of the model")
    .addOption(langOption())
    .action((options: { json?: boolean; lang: Lang }) => {
      console.log(options.json ? JSON.stringify(MODEL, null, 2) : modelText(options.lang));
    });
}
