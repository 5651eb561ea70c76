/**
 * The variant a workbook was made from, read back from its metadata. Workbooks store the variant in
 * file form (serializeVariant); the first files of this tool stored the parsed form, so that is
 * accepted too. A stored variant that no longer passes the checks is a UserError naming the file.
 */
import { isUserError, UserError } from "../model/errors";
import type { Variant } from "../model/types";
import { DEFAULT_VARIANT, parseVariant } from "../model/variant";
import { serializeVariant } from "../model/variant-serialize";

/** The parsed form has offsets as { amount, unit }; the file form as { months: -9 }. */
function isParsedForm(json: unknown): json is Variant {
  const length = (json as { phase4Length?: unknown } | null)?.phase4Length;
  return typeof length === "object" && length !== null && "amount" in length && "unit" in length;
}

export function storedVariant(variantJson: string | undefined, source: string): Variant {
  if (variantJson === undefined || variantJson.trim() === "") return DEFAULT_VARIANT;
  try {
    const json: unknown = JSON.parse(variantJson);
    return parseVariant(isParsedForm(json) ? serializeVariant(json) : json);
  } catch (error) {
    if (!isUserError(error) && !(error instanceof SyntaxError)) throw error;
    const why = isUserError(error) ? error.text : { da: "den er ikke gyldig JSON.", en: "it is not valid JSON." };
    throw new UserError({
      da: `Varianten, der er gemt i ${source}, kan ikke bruges (${why.da.replace(/\.$/, "")}); angiv varianten med --variant.`,
      en: `The variant stored in ${source} cannot be used (${why.en.replace(/\.$/, "")}); give the variant with --variant.`,
    });
  }
}
