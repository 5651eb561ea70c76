/** Chooses the Fluent theme that matches Office's own theme. */
import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";

/** The parts of `Office.context.officeTheme` the choice uses; every field may be missing. */
export interface OfficeThemeLike {
  isDarkTheme?: boolean;
  bodyBackgroundColor?: string;
}

/**
 * Whether Office shows a dark theme: `isDarkTheme` when Office says, otherwise a dark body
 * background colour ("#RRGGBB" with relative luminance below one half).
 * @example isDarkOfficeTheme({ bodyBackgroundColor: "#262626" }) === true
 */
export function isDarkOfficeTheme(theme: OfficeThemeLike | null | undefined): boolean {
  if (!theme) return false;
  if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme;
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(theme.bodyBackgroundColor ?? "");
  if (!match) return false;
  const [r, g, b] = match.slice(1).map((hex) => parseInt(hex, 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5;
}

/** Fluent's web theme, dark when Office is dark. */
export function themeFor(officeTheme: OfficeThemeLike | null | undefined): Theme {
  return isDarkOfficeTheme(officeTheme) ? webDarkTheme : webLightTheme;
}
