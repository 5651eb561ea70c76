/**
 * The municipality: a combobox over the 98 municipalities that filters as the user types, by name
 * (forgiving about case, "Århus"/"Aarhus" and a trailing "Kommune") or by code.
 */
import { Combobox, Field, Option, makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { MODEL, normalizeMunicipalityName } from "../../model";
import type { Municipality } from "../../model/types";

const useStyles = makeStyles({
  code: { marginInlineStart: "auto", paddingInlineStart: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3 },
  option: { display: "flex", width: "100%" },
});

/** "Aarhus (0751)": what the combobox shows for a chosen municipality. */
export const municipalityText = (m: Municipality) => `${m.name} (${m.code})`;

/**
 * The municipalities a query matches: name or code starts with it, then name contains it.
 * @example matchMunicipalities("århus")[0].name === "Aarhus"; matchMunicipalities("075")[0].code === "0751"
 */
export function matchMunicipalities(query: string): Municipality[] {
  const wanted = normalizeMunicipalityName(query);
  if (wanted === "") return [...MODEL.municipalities];
  if (/^\d+$/.test(wanted)) {
    // "751" and "0751" both find 0751: codes compare without their leading zeros too.
    const bare = wanted.replace(/^0+/, "");
    return MODEL.municipalities.filter((m) => m.code.startsWith(wanted) || (bare !== "" && m.code.replace(/^0+/, "").startsWith(bare)));
  }
  const starts = MODEL.municipalities.filter((m) => normalizeMunicipalityName(m.name).startsWith(wanted));
  const contains = MODEL.municipalities.filter((m) => !starts.includes(m) && normalizeMunicipalityName(m.name).includes(wanted));
  return [...starts, ...contains];
}

export interface MunicipalityFieldProps {
  label: string;
  hint: string;
  noMatch: string;
  code: string;
  onChange(code: string): void;
  error?: string;
  disabled?: boolean;
}

export function MunicipalityField(props: MunicipalityFieldProps) {
  const styles = useStyles();
  const chosen = MODEL.municipalities.find((m) => m.code === props.code);
  // Starts from the code given; the form remounts this field when it reads a plan from the workbook.
  const [query, setQuery] = useState(chosen ? municipalityText(chosen) : "");
  const matches = useMemo(() => (chosen && query === municipalityText(chosen) ? [...MODEL.municipalities] : matchMunicipalities(query)), [query, chosen]);

  return (
    <Field label={props.label} hint={props.hint} required validationMessage={props.error} validationState={props.error ? "error" : "none"}>
      <Combobox
        freeform={false}
        value={query}
        selectedOptions={chosen ? [chosen.code] : []}
        disabled={props.disabled}
        onChange={(event) => {
          setQuery(event.target.value);
          // Typing away from the chosen name un-chooses it, so the form never holds a stale code.
          if (chosen && event.target.value !== municipalityText(chosen)) props.onChange("");
        }}
        onOptionSelect={(_event, data) => {
          const picked = MODEL.municipalities.find((m) => m.code === data.optionValue);
          setQuery(picked ? municipalityText(picked) : "");
          props.onChange(picked?.code ?? "");
        }}
      >
        {matches.length === 0 ? (
          <Option key="none" value="" text="" disabled>
            {props.noMatch}
          </Option>
        ) : (
          matches.map((m) => (
            <Option key={m.code} value={m.code} text={municipalityText(m)}>
              <span className={styles.option}>
                {m.name}
                <span className={styles.code}>{m.code}</span>
              </span>
            </Option>
          ))
        )}
      </Combobox>
    </Field>
  );
}
