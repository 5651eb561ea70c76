/**
 * Builds the whole workbook description for one municipality's plan, in sheet order: front sheet,
 * Overblik, Tidslinje, one sheet per phase, one per theme, the hidden lists and the very hidden
 * metadata the readers need.
 */
import { MODEL } from "../model";
import { serializeVariant } from "../model/variant-serialize";
import { phaseWindows, scheduleTasks } from "../plan/schedule";
import { buildArchiveSheet } from "./archiveSheet";
import { buildFrontSheet } from "./front";
import type { PlanInput } from "./input";
import { LABELS } from "./labels";
import { buildListsSheet } from "./listsSheet";
import { buildMetaSheet } from "./metaSheet";
import { buildOverviewSheet } from "./overview";
import { buildPhaseSheet } from "./phaseSheet";
import { STYLES } from "./styles";
import { buildThemeSheet } from "./themeSheet";
import { buildTimelineSheet } from "./timeline";
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
  // Only after implan update archived entries of tasks the new variant no longer has.
  const archive = [buildArchiveSheet(input)].filter((sheet): sheet is SheetDescription => sheet !== undefined);
  const overview = buildOverviewSheet(input, tasks);
  const timeline = buildTimelineSheet(input, windows, tasks);
  const sheets: SheetDescription[] = [front.sheet, overview, timeline.sheet, ...phases.map((p) => p.sheet), ...themeSheets, ...archive, lists.sheet, buildMetaSheet(input, JSON.stringify(serializeVariant(input.variant)))];
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
    names: [...front.names, ...timeline.names, ...phases.flatMap((p) => p.names), ...lists.names],
    styles: STYLES,
  };
}
