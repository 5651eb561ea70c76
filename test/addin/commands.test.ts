/** The ribbon's function commands: real work through the PlanHost, every outcome on the Validering sheet, the event always completed. */
import { COMMAND_IDS, registerCommands, runCommand, type CommandEnvironment, type CommandEvent } from "../../src/commands/actions";
import { UserError } from "../../src/model/errors";
import { memoryHost, samplePlan, sampleReport, type MemoryHost } from "./support/memoryHost";

function fakeEvent(): CommandEvent & { completions: number } {
  const event = {
    completions: 0,
    completed() {
      event.completions++;
    },
  };
  return event;
}

function fakeEnvironment(host: MemoryHost | Error = memoryHost()) {
  const handlers = new Map<string, (event: CommandEvent) => void>();
  const errors: Array<{ commandId: string; error: unknown }> = [];
  const env: CommandEnvironment = {
    associate: (id, handler) => handlers.set(id, handler),
    host: () => (host instanceof Error ? Promise.reject(host) : Promise.resolve(host)),
    reportError: (commandId, error) => errors.push({ commandId, error }),
  };
  return { env, handlers, errors };
}

/** Lets the promise chain a handler started run to its end. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function click(id: string, host: MemoryHost | Error) {
  const { env, handlers, errors } = fakeEnvironment(host);
  registerCommands(env);
  const event = fakeEvent();
  handlers.get(id)?.(event);
  for (let i = 0; i < 10 && event.completions === 0; i++) await settle();
  return { event, errors };
}

describe("runCommand", () => {
  it("completes the event once after the work", async () => {
    const event = fakeEvent();
    const order: string[] = [];
    await runCommand(event, async () => {
      order.push("work");
    });
    expect(order).toEqual(["work"]);
    expect(event.completions).toBe(1);
  });

  it("completes the event once when the work fails, and passes the failure on", async () => {
    const event = fakeEvent();
    await expect(runCommand(event, () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(event.completions).toBe(1);
  });
});

describe("registerCommands", () => {
  it("associates validatePlan and updateDates", () => {
    const { env, handlers } = fakeEnvironment();
    registerCommands(env);
    expect([...handlers.keys()]).toEqual([...COMMAND_IDS]);
    expect(COMMAND_IDS).toEqual(["validatePlan", "updateDates"]);
  });

  it("Valider checks the workbook and writes the Validering sheet", async () => {
    const host = memoryHost();
    const { event, errors } = await click("validatePlan", host);
    expect(host.readAndValidate).toHaveBeenCalledTimes(1);
    expect(host.writeValidationSheet).toHaveBeenCalledWith({ report: sampleReport() });
    expect({ completions: event.completions, errors }).toEqual({ completions: 1, errors: [] });
  });

  it("Opdater datoer moves the dates from the go-live in the workbook, then validates and says so on the sheet", async () => {
    const host = memoryHost();
    host.hasPlan.mockResolvedValue(samplePlan({ goLive: "2027-05-03", phaseStarts: { F1: { amount: -8, unit: "months" } } }));
    host.updatePlan.mockResolvedValue({ goLive: "2027-05-03", windows: [], notes: [{ da: "En note.", en: "A note." }] });
    const { event } = await click("updateDates", host);
    expect(host.updatePlan.mock.calls[0][0]).toEqual({
      municipalityCode: "0751",
      solution: "SAPA",
      wave: 2,
      goLive: "2027-05-03",
      lang: "da",
      phaseStarts: { F1: { amount: -8, unit: "months" } },
      deviations: [],
    });
    const written = host.writeValidationSheet.mock.calls[0][0];
    expect(written.report).toEqual(sampleReport());
    expect(written.messages?.map((m) => m.text.da)).toEqual(["Datoerne er opdateret efter go-live 03-05-2027.", "En note."]);
    expect(event.completions).toBe(1);
  });

  it("Opdater datoer without a plan writes why on the Validering sheet", async () => {
    const host = memoryHost();
    const { event, errors } = await click("updateDates", host);
    expect(host.updatePlan).not.toHaveBeenCalled();
    expect(host.writeValidationSheet.mock.calls[0][0].messages?.[0]).toMatchObject({ intent: "error", text: { da: expect.stringMatching(/^Datoerne blev ikke opdateret: Projektmappen har ingen implementeringsplan/) } });
    expect({ completions: event.completions, errors }).toEqual({ completions: 1, errors: [] });
  });

  it.each(COMMAND_IDS)("%s writes a failure in Excel on the Validering sheet and completes its event", async (id) => {
    const host = memoryHost();
    host.hasPlan.mockResolvedValue(samplePlan());
    host.readAndValidate.mockRejectedValue(new UserError({ da: "Excel er ved at redigere en celle.", en: "Excel is editing a cell." }));
    host.updatePlan.mockRejectedValue(new UserError({ da: "Excel er ved at redigere en celle.", en: "Excel is editing a cell." }));
    const { event, errors } = await click(id, host);
    expect(host.writeValidationSheet).toHaveBeenCalledTimes(1);
    expect(host.writeValidationSheet.mock.calls[0][0].messages?.[0].text.da).toMatch(/: Excel er ved at redigere en celle\.$/);
    expect({ completions: event.completions, errors }).toEqual({ completions: 1, errors: [] });
  });

  it.each(COMMAND_IDS)("%s reports to the last resort when not even the sheet can be written, and still completes", async (id) => {
    const failure = new Error("no workbook code");
    const { event, errors } = await click(id, failure);
    expect(event.completions).toBe(1);
    expect(errors.map((e) => e.commandId)).toEqual([id, id]);
    expect(errors[0].error).toBe(failure);
  });
});
