/** The pane's lazily loaded host, and how any failure becomes a sentence in both languages. */
import { UserError } from "../../src/model/errors";
import { createLazyPlanHost } from "../../src/taskpane/lazyHost";
import { errorText } from "../../src/taskpane/operation/errorText";
import { memoryHost } from "./support/memoryHost";

describe("createLazyPlanHost", () => {
  it("describes Excel without loading the workbook code, and loads it once on first use", async () => {
    const inner = memoryHost();
    const load = jest.fn(async () => inner);
    const host = createLazyPlanHost(async () => ({ platform: "mac", excelApi: "1.7" }), load);
    await expect(host.describe()).resolves.toEqual({ platform: "mac", excelApi: "1.7" });
    expect(load).not.toHaveBeenCalled();
    await host.selectCell("Ark", "A1");
    await host.hasPlan();
    expect(load).toHaveBeenCalledTimes(1);
    expect(inner.selectCell).toHaveBeenCalledWith("Ark", "A1");
  });

  it("tries loading again after a chunk failed to load", async () => {
    const inner = memoryHost();
    const load = jest.fn().mockRejectedValueOnce(new Error("ChunkLoadError")).mockResolvedValue(inner);
    const host = createLazyPlanHost(inner.describe, load);
    await expect(host.hasPlan()).rejects.toThrow("ChunkLoadError");
    await expect(host.hasPlan()).resolves.toBeNull();
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe("errorText", () => {
  it.each([
    { title: "a UserError", input: new UserError({ da: "Ret datoen.", en: "Fix the date." }), expected: { da: "Ret datoen.", en: "Fix the date." } },
    { title: "any other error", input: new Error("boom"), expected: { da: "Der skete en uventet fejl: boom", en: "Something unexpected went wrong: boom" } },
    { title: "a thrown string", input: "nope", expected: { da: "Der skete en uventet fejl: nope", en: "Something unexpected went wrong: nope" } },
  ])("words $title", ({ input, expected }) => {
    expect(errorText(input)).toEqual(expected);
  });
});
