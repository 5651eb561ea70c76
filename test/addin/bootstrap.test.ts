/** The small pure choices the pane makes at start: language, theme, host description. */
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { STRINGS, resolveLanguage } from "../../src/taskpane/i18n";
import { createOfficeHost, newestSupported, toHostPlatform } from "../../src/taskpane/officeHost";
import { isDarkOfficeTheme, themeFor } from "../../src/taskpane/theme";

describe("resolveLanguage", () => {
  it.each([
    { tag: "da-DK", expected: "da" },
    { tag: "da", expected: "da" },
    { tag: "en-US", expected: "en" },
    { tag: "EN-gb", expected: "en" },
    { tag: "en_US", expected: "en" },
    { tag: "de-DE", expected: "da" },
    { tag: "", expected: "da" },
    { tag: undefined, expected: "da" },
    { tag: null, expected: "da" },
  ])("reads $tag as $expected", ({ tag, expected }) => {
    expect(resolveLanguage(tag)).toBe(expected);
  });
});

describe("strings", () => {
  /** Every key path of an object, functions included as leaves. */
  const keys = (value: object, prefix = ""): string[] =>
    Object.entries(value).flatMap(([key, inner]) =>
      inner && typeof inner === "object" ? keys(inner, `${prefix}${key}.`) : [`${prefix}${key}`],
    );

  it("has the same keys in Danish and English", () => {
    expect(keys(STRINGS.en)).toEqual(keys(STRINGS.da));
  });

  it("has no empty string in either language", () => {
    for (const language of ["da", "en"] as const) {
      const empty = keys(STRINGS[language]).filter((path) => {
        const value = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], STRINGS[language]);
        return typeof value === "string" && value.trim() === "";
      });
      expect({ language, empty }).toEqual({ language, empty: [] });
    }
  });
});

describe("theme", () => {
  it.each([
    { title: "no theme", theme: undefined, dark: false },
    { title: "Office says dark", theme: { isDarkTheme: true, bodyBackgroundColor: "#FFFFFF" }, dark: true },
    { title: "Office says light", theme: { isDarkTheme: false, bodyBackgroundColor: "#000000" }, dark: false },
    { title: "a dark background", theme: { bodyBackgroundColor: "#262626" }, dark: true },
    { title: "a light background", theme: { bodyBackgroundColor: "#f3f3f3" }, dark: false },
    { title: "an unreadable colour", theme: { bodyBackgroundColor: "black" }, dark: false },
  ])("is dark for $title: $dark", ({ theme, dark }) => {
    expect(isDarkOfficeTheme(theme)).toBe(dark);
    expect(themeFor(theme)).toBe(dark ? webDarkTheme : webLightTheme);
  });
});

describe("office host", () => {
  const upTo = (minor: number) => (name: string, version?: string) =>
    name === "ExcelApi" && Number(version?.split(".")[1]) <= minor;

  it("finds the newest ExcelApi set by checking upwards", () => {
    expect(newestSupported("ExcelApi", upTo(7))).toBe("1.7");
    expect(newestSupported("ExcelApi", upTo(17))).toBe("1.17");
    expect(newestSupported("ExcelApi", () => false)).toBe("0");
  });

  it.each([
    { platform: "OfficeOnline", expected: "web" },
    { platform: "PC", expected: "windows" },
    { platform: "Mac", expected: "mac" },
    { platform: "iOS", expected: "ios" },
    { platform: "Android", expected: "android" },
    { platform: "Universal", expected: "windows" },
    { platform: null, expected: "unknown" },
    { platform: "Something new", expected: "unknown" },
  ])("names platform $platform $expected", ({ platform, expected }) => {
    expect(toHostPlatform(platform)).toBe(expected);
  });

  it("describes the host from Office's platform and requirement sets", async () => {
    const host = createOfficeHost({ platform: "OfficeOnline" }, { isSetSupported: upTo(12) });
    await expect(host.describe()).resolves.toEqual({ platform: "web", excelApi: "1.12" });
  });
});
