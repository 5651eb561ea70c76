/**
 * The task pane's words, in Danish and English. Components read them through `useStrings()`;
 * the language comes from Office's display language (see `resolveLanguage`).
 */
import { createContext, createElement, useContext, type ReactNode } from "react";

export type Language = "da" | "en";

export interface Strings {
  appTitle: string;
  loading: string;
  /** Title of the message shown when a view fails to load or render. */
  viewFailed: string;
  outsideOffice: {
    heading: string;
    body: string;
    howTo: string;
  };
  nav: {
    label: string;
    create: string;
    validate: string;
    rollout: string;
    model: string;
  };
  hostInfo: {
    label: string;
    /** e.g. "Excel på nettet · ExcelApi 1.17" */
    summary: (platform: string, excelApi: string) => string;
    failed: string;
  };
  platforms: Record<"web" | "windows" | "mac" | "ios" | "android" | "unknown", string>;
}

const da: Strings = {
  appTitle: "Implementeringsplan",
  loading: "Indlæser …",
  viewFailed: "Visningen kunne ikke vises",
  outsideOffice: {
    heading: "Åbn denne side i Excel",
    body: "Implementeringsplan er et tilføjelsesprogram til Excel. Siden virker kun inde i Excel, ikke direkte i en browser.",
    howTo:
      "Indlæs manifest.xml i Excel: i Excel på nettet under Indsæt > Tilføjelsesprogrammer > Upload mit tilføjelsesprogram, i Excel på Windows via et delt mappekatalog og på Mac via wef-mappen. Vælg derefter Åbn plan under fanen Hjem.",
  },
  nav: {
    label: "Funktioner",
    create: "Plan",
    validate: "Valider",
    rollout: "Udrulning",
    model: "Modellen",
  },
  hostInfo: {
    label: "Om Excel",
    summary: (platform, excelApi) => `${platform} · ExcelApi ${excelApi}`,
    failed: "Kunne ikke læse oplysninger om Excel.",
  },
  platforms: {
    web: "Excel på nettet",
    windows: "Excel til Windows",
    mac: "Excel til Mac",
    ios: "Excel til iPad",
    android: "Excel til Android",
    unknown: "Excel",
  },
};

const en: Strings = {
  appTitle: "Implementeringsplan",
  loading: "Loading …",
  viewFailed: "This view could not be shown",
  outsideOffice: {
    heading: "Open this page in Excel",
    body: "Implementeringsplan is an Excel add-in. This page only works inside Excel, not directly in a browser.",
    howTo:
      "Sideload manifest.xml in Excel: in Excel on the web under Insert > Add-ins > Upload My Add-in, in Excel on Windows through a shared folder catalog and on Mac through the wef folder. Then choose Open plan on the Home tab.",
  },
  nav: {
    label: "Features",
    create: "Plan",
    validate: "Validate",
    rollout: "Rollout",
    model: "The model",
  },
  hostInfo: {
    label: "About Excel",
    summary: (platform, excelApi) => `${platform} · ExcelApi ${excelApi}`,
    failed: "Could not read information about Excel.",
  },
  platforms: {
    web: "Excel on the web",
    windows: "Excel for Windows",
    mac: "Excel for Mac",
    ios: "Excel for iPad",
    android: "Excel for Android",
    unknown: "Excel",
  },
};

export const STRINGS: Record<Language, Strings> = { da, en };

/**
 * Picks the pane's language from a BCP 47 tag such as Office's display language.
 * Danish unless the tag says English.
 * @example resolveLanguage("en-GB") === "en"; resolveLanguage("de-DE") === "da"; resolveLanguage(undefined) === "da"
 */
export function resolveLanguage(tag: string | null | undefined): Language {
  const primary = (tag ?? "").trim().toLowerCase().split(/[-_]/)[0];
  return primary === "en" ? "en" : "da";
}

const LanguageContext = createContext<Language>("da");

/** Makes one language available to `useStrings()`, `useLanguage()` and `useText()` below it. */
export function StringsProvider(props: { language: Language; children: ReactNode }) {
  return createElement(LanguageContext.Provider, { value: props.language }, props.children);
}

/** The pane's current language. Views pick their own strings with it (they live in their chunks). */
export function useLanguage(): Language {
  return useContext(LanguageContext);
}

/** The strings of the pane's current language. */
export function useStrings(): Strings {
  return STRINGS[useLanguage()];
}

/** Picks the current language from the model's and the host's two-language texts. */
export function useText(): (text: { da: string; en: string }) => string {
  const language = useLanguage();
  return (text) => text[language];
}
