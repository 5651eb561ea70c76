/** The ribbon's function commands complete their event whatever happens. */
import { COMMAND_IDS, registerCommands, runCommand, type CommandEnvironment, type CommandEvent } from "../../src/commands/actions";

function fakeEvent(): CommandEvent & { completions: number } {
  const event = {
    completions: 0,
    completed() {
      event.completions++;
    },
  };
  return event;
}

function fakeEnvironment(showTaskpane: () => Promise<void>) {
  const handlers = new Map<string, (event: CommandEvent) => void>();
  const errors: Array<{ commandId: string; error: unknown }> = [];
  const env: CommandEnvironment = {
    associate: (id, handler) => handlers.set(id, handler),
    showTaskpane,
    reportError: (commandId, error) => errors.push({ commandId, error }),
  };
  return { env, handlers, errors };
}

/** Lets the promise chain a handler started run to its end. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

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
    const { env, handlers } = fakeEnvironment(async () => {});
    registerCommands(env);
    expect([...handlers.keys()]).toEqual([...COMMAND_IDS]);
    expect(COMMAND_IDS).toEqual(["validatePlan", "updateDates"]);
  });

  it.each(COMMAND_IDS)("%s opens the pane and completes its event", async (id) => {
    let shown = 0;
    const { env, handlers, errors } = fakeEnvironment(async () => {
      shown++;
    });
    registerCommands(env);
    const event = fakeEvent();
    handlers.get(id)?.(event);
    await settle();
    expect({ shown, completions: event.completions, errors }).toEqual({ shown: 1, completions: 1, errors: [] });
  });

  it.each(COMMAND_IDS)("%s reports a failure and still completes its event", async (id) => {
    const failure = new Error("no pane");
    const { env, handlers, errors } = fakeEnvironment(() => Promise.reject(failure));
    registerCommands(env);
    const event = fakeEvent();
    handlers.get(id)?.(event);
    await settle();
    expect({ completions: event.completions, errors }).toEqual({ completions: 1, errors: [{ commandId: id, error: failure }] });
  });
});
