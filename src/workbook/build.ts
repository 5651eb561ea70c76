/**
 * Builds the whole workbook description for one municipality's plan: front sheet, one sheet per
 * phase, one per theme, the hidden lists and the metadata the readers need.
 */
import { MODEL } from "../model";
import { serializeVariant } from "../model/variant-serialize";
import { phaseWindows, scheduleTasks } from "../plan/schedule";
import { buildFrontSheet } from "./front";
import type { PlanInput } from "./input";
import { LABELS } from "./labels";
import { buildListsSheet } from "./listsSheet";
import { buildMetaSheet } from "./metaSheet";
import { buildPhaseSheet } from "./phaseSheet";
import { STYLES } from "./styles";
import { buildThemeSheet } from "./themeSheet";
import type { SheetDescription, WorkbookDescription } from "./types";

export function buildPlanWorkbook(input: PlanInput): WorkbookDescription {
  const { lang } = input;
  const windows = phaseWindows(input.goLive, input.variant);
  const tasks = scheduleTasks(input.goLive, input.variant);
  const front = buildFrontSheet(input);
  const lists = buildListsSheet(input);

  const phases = MODEL.phases.map((phase, i) => buildPhaseSheet(phase, windows[i], input));
  const themeSheets = MODEL.themes.map((theme) =>
    buildThemeSheet(
      theme,
      tasks.filter((t) => t.theme === theme.id),
      input,
    ),
  );
  const sheets: SheetDescription[] = [front.sheet, ...phases.map((p) => p.sheet), ...themeSheets, lists.sheet, buildMetaSheet(input, JSON.stringify(serializeVariant(input.variant)))];
  const municipality = input.municipality?.name ?? "";
  for (const sheet of sheets) {
    if (sheet.print) {
      sheet.print.footer = { left: municipality, center: "&A", right: LABELS.page[lang] };
    }
  }
  return {
    lang,
    title: input.municipality ? `${LABELS.title[lang]} – ${input.municipality.name}` : LABELS.title[lang],
    sheets,
    names: [...front.names, ...phases.flatMap((p) => p.names), ...lists.names],
    styles: STYLES,
  };
}
