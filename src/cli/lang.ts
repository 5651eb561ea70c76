/** The --lang option shared by every command: Danish by default, English on request. */
import { Option } from "commander";
import type { Lang } from "../model/types";

export function langOption(): Option {
  return new Option("--lang <lang>", "language of the workbook and messages").choices(["da", "en"]).default("da");
}

/** The language asked for on the command line before commander has parsed it (for early errors). */
export function langFromArgv(argv: string[]): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (i < 0) return "da";
  const value = argv[i].includes("=") ? argv[i].split("=")[1] : argv[i + 1];
  return value === "en" ? "en" : "da";
}
