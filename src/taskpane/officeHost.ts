/**
 * The part of `PlanHost` that needs only `Office.context`, not the workbook: which Excel the pane
 * runs in. Cheap and synchronous to build, so the pane can say it before the workbook code loads.
 */
import type { HostDescription, HostPlatform, PlanHost } from "./host";

/** The requirement-set check, as `Office.context.requirements` offers it. */
export type IsSetSupported = (name: string, minVersion?: string) => boolean;

/**
 * The newest "1.n" version of a requirement set that is supported, checking upwards from 1.1;
 * "0" when even 1.1 is missing.
 * @example newestSupported("ExcelApi", (_, v) => Number(v?.split(".")[1]) <= 7) === "1.7"
 */
export function newestSupported(setName: string, isSetSupported: IsSetSupported, highest = 99): string {
  let newest = "0";
  for (let minor = 1; minor <= highest; minor++) {
    const version = `1.${minor}`;
    if (!isSetSupported(setName, version)) break;
    newest = version;
  }
  return newest;
}

/** Maps Office's platform value to the pane's own names. */
export function toHostPlatform(platform: Office.PlatformType | string | null | undefined): HostPlatform {
  switch (platform) {
    case "OfficeOnline":
      return "web";
    case "PC":
    case "Universal":
      return "windows";
    case "Mac":
      return "mac";
    case "iOS":
      return "ios";
    case "Android":
      return "android";
    default:
      return "unknown";
  }
}

/** `describe()` backed by Office.js's context (requirement sets and platform). */
export function createOfficeHost(
  info: { platform: Office.PlatformType | string | null },
  requirements: { isSetSupported: IsSetSupported },
): Pick<PlanHost, "describe"> {
  return {
    async describe(): Promise<HostDescription> {
      return {
        platform: toHostPlatform(info.platform),
        excelApi: newestSupported("ExcelApi", (name, version) => requirements.isSetSupported(name, version)),
      };
    },
  };
}
