/** --lang for commands that read a workbook: it picks the messages' language, not the workbook's. */
import { Option } from "commander";

export function messageLangOption(): Option {
  return new Option("--lang <lang>", "language of the messages (the workbook keeps its own)").choices(["da", "en"]).default("da");
}
