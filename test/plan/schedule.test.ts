import { MODEL } from "../../src/model";
import type { LocalTask, Variant } from "../../src/model/types";
import { DEFAULT_VARIANT } from "../../src/model/variant";
import { isWorkingDay } from "../../src/plan/holidays";
import { dateRuleFor, phaseWindows, resolveDateRule, scheduleTasks, type ScheduledTask } from "../../src/plan/schedule";
import { day, iso, messageOf } from "./helpers";

const goLive = day("2027-03-01");
const variantWith = (changes: Partial<Variant>): Variant => ({ ...DEFAULT_VARIANT, ...changes });
const byId = (tasks: ScheduledTask[], id: string): ScheduledTask => {
  const found = tasks.find((t) => t.id === id);
  if (!found) throw new Error(`no task ${id}`);
  return found;
};
/** "PRJ-01 F1 2026-06-01..2026-08-31" for readable expectations. */
const show = (task: ScheduledTask) => `${task.id} ${task.phase} ${iso(task.start)}..${iso(task.deadline)}`;

describe("scheduleTasks with the default variant", () => {
  const tasks = scheduleTasks(goLive);
  const windows = phaseWindows(goLive);

  it("lists every model task once, in model order", () => {
    expect(tasks.map((t) => t.id)).toEqual(MODEL.tasks.map((t) => t.id));
    expect(tasks).toHaveLength(34);
  });

  it("puts each task in its default phase with the phase window as its dates", () => {
    for (const [i, task] of tasks.entries()) {
      const model = MODEL.tasks[i];
      const window = windows.find((w) => w.phase === model.defaultPhase);
      expect(task).toEqual({
        id: model.id,
        theme: model.theme,
        title: model.title,
        phase: model.defaultPhase,
        local: false,
        start: window?.start,
        deadline: window?.end,
        startRule: { kind: "phaseStart" },
        deadlineRule: { kind: "phaseEnd" },
        workdayAdjusted: false,
      });
    }
  });

  it("gives the first task the dates of Fase 1", () => {
    expect(show(tasks[0])).toBe("PRJ-01 F1 2026-06-01..2026-08-31");
  });

  it("defaults the variant when none is given", () => {
    expect(scheduleTasks(goLive, DEFAULT_VARIANT)).toEqual(tasks);
  });
});

describe("scheduleTasks with a variant", () => {
  it("leaves out removed tasks and keeps the order of the rest", () => {
    const tasks = scheduleTasks(goLive, variantWith({ removedTasks: ["PRJ-02", "SIK-01"] }));
    expect(tasks.map((t) => t.id)).toEqual(MODEL.tasks.map((t) => t.id).filter((id) => id !== "PRJ-02" && id !== "SIK-01"));
  });

  it("ignores a removed id that is not in the model", () => {
    expect(scheduleTasks(goLive, variantWith({ removedTasks: ["XYZ-99"] }))).toHaveLength(34);
  });

  it("adds local tasks after the model's tasks, with the title in both languages", () => {
    const local: LocalTask[] = [
      { id: "L-01", theme: "ORG", title: "Informer MED-udvalget", phase: "F2" },
      {
        id: "L-02",
        theme: "SIK",
        title: "Opsig gammel kontrakt",
        phase: "F1",
        start: { kind: "fixed", date: "2026-07-01" },
        deadline: { kind: "offset", offset: { amount: -8, unit: "months" } },
      },
    ];
    const tasks = scheduleTasks(goLive, variantWith({ localTasks: local }));
    expect(tasks).toHaveLength(36);
    const [first, second] = tasks.slice(34);
    expect(first).toMatchObject({
      id: "L-01",
      theme: "ORG",
      title: { da: "Informer MED-udvalget", en: "Informer MED-udvalget" },
      phase: "F2",
      local: true,
      startRule: { kind: "phaseStart" },
      deadlineRule: { kind: "phaseEnd" },
    });
    expect(show(first)).toBe("L-01 F2 2026-09-01..2027-02-28");
    expect(show(second)).toBe("L-02 F1 2026-07-01..2026-07-01");
    expect(second.startRule).toEqual({ kind: "fixed", date: day("2026-07-01") });
    expect(second.deadlineRule).toEqual({ kind: "offset", offset: { amount: -8, unit: "months" } });
  });

  it.each([
    {
      title: "a phase override moves the task into the other phase's window",
      input: { phase: "F3" },
      expected: { text: "PRJ-01 F3 2027-03-01..2027-03-14", startRule: { kind: "phaseStart" }, deadlineRule: { kind: "phaseEnd" } },
    },
    {
      title: "a start offset replaces the phase start",
      input: { start: { kind: "offset", offset: { amount: -30, unit: "weeks" } } },
      expected: {
        text: "PRJ-01 F1 2026-08-03..2026-08-31",
        startRule: { kind: "offset", offset: { amount: -30, unit: "weeks" } },
        deadlineRule: { kind: "phaseEnd" },
      },
    },
    {
      title: "a fixed deadline replaces the phase end",
      input: { deadline: { kind: "fixed", date: "2026-07-15" } },
      expected: { text: "PRJ-01 F1 2026-06-01..2026-07-15", startRule: { kind: "phaseStart" }, deadlineRule: { kind: "fixed", date: day("2026-07-15") } },
    },
    {
      title: "a deadline in days counts from go-live, not from the phase",
      input: { phase: "F2", deadline: { kind: "offset", offset: { amount: -10, unit: "days" } } },
      expected: {
        text: "PRJ-01 F2 2026-09-01..2027-02-19",
        startRule: { kind: "phaseStart" },
        deadlineRule: { kind: "offset", offset: { amount: -10, unit: "days" } },
      },
    },
  ] as const)("$title", ({ input, expected }) => {
    const variant = variantWith({ tasks: { "PRJ-01": input } as Variant["tasks"] });
    const task = byId(scheduleTasks(goLive, variant), "PRJ-01");
    expect(show(task)).toBe(expected.text);
    expect(task.startRule).toEqual(expected.startRule);
    expect(task.deadlineRule).toEqual(expected.deadlineRule);
  });

  it("applies an override to a local task too", () => {
    const variant = variantWith({
      localTasks: [{ id: "L-01", theme: "ORG", title: "Lokal", phase: "F2" }],
      tasks: { "L-01": { phase: "F3" } },
    });
    expect(show(byId(scheduleTasks(goLive, variant), "L-01"))).toBe("L-01 F3 2027-03-01..2027-03-14");
  });

  it("throws UserError naming the task when it would start after its deadline", () => {
    const variant = variantWith({ tasks: { "PRJ-01": { deadline: { kind: "fixed", date: "2026-05-01" } } } });
    const text = messageOf(() => scheduleTasks(goLive, variant));
    expect(text.da).toBe(
      "Opgave PRJ-01 (Udpeg projektejer) starter 01-06-2026, efter sin deadline 01-05-2026; ret opgavens start eller deadline i varianten.",
    );
    expect(text.en).toContain("Task PRJ-01");
    expect(text.en).toContain("2026-06-01");
  });

  it("allows a task that starts and ends on the same day", () => {
    const spec = { kind: "fixed", date: "2026-07-01" } as const;
    const variant = variantWith({ tasks: { "PRJ-01": { start: spec, deadline: spec } } });
    expect(show(byId(scheduleTasks(goLive, variant), "PRJ-01"))).toBe("PRJ-01 F1 2026-07-01..2026-07-01");
  });

  it("throws UserError naming the task when a fixed date does not exist", () => {
    const variant = variantWith({ tasks: { "GEV-02": { deadline: { kind: "fixed", date: "2027-02-30" } } } });
    expect(messageOf(() => scheduleTasks(goLive, variant)).da).toBe(
      'Opgave GEV-02: Datoen "2027-02-30" findes ikke. Skriv den som åååå-mm-dd, fx 2027-03-01.',
    );
  });

  it("throws a RangeError for a go-live that is not a calendar date", () => {
    expect(() => scheduleTasks(new Date(Date.UTC(2027, 2, 1, 12)))).toThrow(RangeError);
  });

  it("does not change the variant it is given", () => {
    const variant = variantWith({
      removedTasks: ["PRJ-02"],
      tasks: { "PRJ-01": { start: { kind: "offset", offset: { amount: -8, unit: "months" } } } },
      localTasks: [{ id: "L-01", theme: "ORG", title: "Lokal", phase: "F2" }],
      workdaysOnly: true,
    });
    const before = JSON.stringify(variant);
    scheduleTasks(goLive, variant);
    expect(JSON.stringify(variant)).toBe(before);
  });

  it("returns dates and rules that can be edited without touching the variant or other tasks", () => {
    const variant = variantWith({ tasks: { "PRJ-01": { start: { kind: "offset", offset: { amount: -8, unit: "months" } } } } });
    const [first, second] = scheduleTasks(goLive, variant);
    const rule = first.startRule;
    if (rule.kind === "offset") rule.offset.amount = 1;
    first.deadline.setTime(0);
    expect(variant.tasks["PRJ-01"].start).toEqual({ kind: "offset", offset: { amount: -8, unit: "months" } });
    expect(iso(second.deadline)).toBe("2026-08-31");
  });
});

describe("scheduleTasks with workdaysOnly", () => {
  const variant = variantWith({ workdaysOnly: true });
  const tasks = scheduleTasks(goLive, variant);

  it.each([
    { title: "a Fase 1 deadline on a Monday stays", input: "PRJ-01", expected: ["2026-08-31", false] },
    { title: "a Fase 2 deadline on Sunday 28 February moves to Friday", input: "PRJ-03", expected: ["2027-02-26", true] },
    { title: "a Fase 3 deadline on Sunday 14 March moves to Friday", input: "ORG-03", expected: ["2027-03-12", true] },
    { title: "a Fase 4 deadline on a Tuesday stays", input: "GEV-03", expected: ["2028-03-14", false] },
  ])("$title", ({ input, expected }) => {
    const task = byId(tasks, input);
    expect([iso(task.deadline), task.workdayAdjusted]).toEqual(expected);
    expect(task.deadlineRule).toEqual({ kind: "phaseEnd" });
  });

  it("moves a fixed deadline on a holiday too, keeping the fixed rule", () => {
    const fixed = variantWith({ workdaysOnly: true, tasks: { "PRJ-01": { deadline: { kind: "fixed", date: "2026-12-25" } } } });
    const task = byId(scheduleTasks(goLive, fixed), "PRJ-01");
    expect([iso(task.deadline), task.workdayAdjusted]).toEqual(["2026-12-24", true]);
    expect(task.deadlineRule).toEqual({ kind: "fixed", date: day("2026-12-25") });
  });

  it("leaves starts where they are", () => {
    expect(iso(byId(tasks, "ORG-03").start)).toBe("2027-03-01");
    const weekendStart = scheduleTasks(day("2027-03-06"), variant);
    expect(iso(byId(weekendStart, "ORG-03").start)).toBe("2027-03-06");
  });

  it("gives every deadline on a working day", () => {
    for (const task of tasks) expect(isWorkingDay(task.deadline)).toBe(true);
  });

  it("throws UserError saying the deadline moved when the move puts it before the start", () => {
    const sunday = { kind: "offset", offset: { amount: -1, unit: "days" } } as const;
    const moved = variantWith({ workdaysOnly: true, tasks: { "PRJ-03": { start: sunday, deadline: sunday } } });
    const text = messageOf(() => scheduleTasks(goLive, moved));
    expect(text.da).toContain("Opgave PRJ-03");
    expect(text.da).toContain("efter sin deadline 26-02-2027 (flyttet til forrige arbejdsdag)");
    expect(text.en).toContain("(moved to the previous working day)");
  });
});

describe("resolveDateRule", () => {
  const window = phaseWindows(goLive)[1];
  it.each([
    { title: "phaseStart gives the window's start", input: { kind: "phaseStart" }, expected: "2026-09-01" },
    { title: "phaseEnd gives the window's end", input: { kind: "phaseEnd" }, expected: "2027-02-28" },
    { title: "offset counts from go-live", input: { kind: "offset", offset: { amount: -2, unit: "weeks" } }, expected: "2027-02-15" },
    { title: "fixed gives its date", input: { kind: "fixed", date: day("2026-10-15") }, expected: "2026-10-15" },
  ] as const)("$title", ({ input, expected }) => {
    expect(iso(resolveDateRule(goLive, window, input))).toBe(expected);
  });

  it("returns a new Date, not the window's own", () => {
    expect(resolveDateRule(goLive, window, { kind: "phaseStart" })).not.toBe(window.start);
  });
});

describe("dateRuleFor", () => {
  it.each([
    { title: "no spec gives the fallback", input: undefined, expected: { kind: "phaseEnd" } },
    { title: "an offset spec gives an offset rule", input: { kind: "offset", offset: { amount: 3, unit: "days" } }, expected: { kind: "offset", offset: { amount: 3, unit: "days" } } },
    { title: "a fixed spec gives a fixed rule with a date", input: { kind: "fixed", date: "2026-10-15" }, expected: { kind: "fixed", date: day("2026-10-15") } },
  ] as const)("$title", ({ input, expected }) => {
    expect(dateRuleFor(input, { kind: "phaseEnd" }, "PRJ-01")).toEqual(expected);
  });

  it("throws UserError naming the task for a malformed fixed date", () => {
    expect(messageOf(() => dateRuleFor({ kind: "fixed", date: "15-10-2026" }, { kind: "phaseEnd" }, "SIK-03")).en).toBe(
      'Task SIK-03: "15-10-2026" is not a date. Write it as yyyy-mm-dd, e.g. 2027-03-01.',
    );
  });
});
