/** Reads a variant JSON file and checks it against the model's schema. */
import { promises as fs } from "node:fs";
import { UserError } from "../model/errors";
import type { Variant } from "../model/types";
import { DEFAULT_VARIANT, parseVariant } from "../model/variant";

export async function loadVariant(file: string | undefined): Promise<Variant> {
  if (!file) return DEFAULT_VARIANT;
  const raw = await fs.readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new UserError({
      da: `Kan ikke læse variantfilen ${file}: ${error.code === "ENOENT" ? "filen findes ikke" : error.message}.`,
      en: `Cannot read the variant file ${file}: ${error.code === "ENOENT" ? "the file does not exist" : error.message}.`,
    });
  });
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new UserError({
      da: `Variantfilen ${file} er ikke gyldig JSON: ${(error as Error).message}.`,
      en: `The variant file ${file} is not valid JSON: ${(error as Error).message}.`,
    });
  }
  return parseVariant(json);
}
