import { parseVariant, VariantError } from "../../src/model";

function problemsOf(input: unknown): VariantError {
  try {
    parseVariant(input);
  } catch (error) {
    if (error instanceof VariantError) return error;
    throw error;
  }
  throw new Error("expected a VariantError");
}

const approved = (field: string) => ({ field, description: "Aftalt i projektet", approvedBy: "Metodeansvarlig, KOMBIT" });
const local = (extra: Record<string, unknown>) => ({ id: "L-01", theme: "PRJ", title: "Lokal opgave", phase: "F1", ...extra });

interface Case {
  title: string;
  input: unknown;
  path: string;
  /** A piece of the Danish text that shows the right problem was found. */
  da: string;
}

const CASES: Case[] = [
  { title: "a file that is not an object", input: [], path: "", da: "Skal være et objekt" },
  { title: "a misspelt top-level key", input: { phaseStart: {} }, path: "phaseStart", da: 'mente du "phaseStarts"?' },
  { title: "an unknown phase", input: { phaseStarts: { F5: { months: 1 } } }, path: "phaseStarts.F5", da: "tilladte felter er: F1, F2, F3, F4" },
  { title: "a misspelt unit", input: { phaseStarts: { F1: { month: -8 } } }, path: "phaseStarts.F1.month", da: 'mente du "months"?' },
  { title: "two units in one offset", input: { phaseStarts: { F1: { months: -8, weeks: 1 } } }, path: "phaseStarts.F1", da: "præcis ét af felterne" },
  { title: "an offset without a unit", input: { phaseStarts: { F1: {} } }, path: "phaseStarts.F1", da: "præcis ét af felterne" },
  { title: "a fractional offset", input: { phaseStarts: { F1: { months: -7.5 } } }, path: "phaseStarts.F1.months", da: "helt tal" },
  { title: "an offset written as text", input: { phaseStarts: { F1: { months: "-8" } } }, path: "phaseStarts.F1.months", da: "tal uden anførselstegn" },
  { title: "an absurdly large offset", input: { phaseStarts: { F1: { months: -500 } } }, path: "phaseStarts.F1.months", da: "mindst -120" },
  { title: "Fase 1 before its range", input: { phaseStarts: { F1: { months: -10 } } }, path: "phaseStarts.F1", da: "(9-6 måneder før go-live)" },
  { title: "Fase 2 after its range", input: { phaseStarts: { F2: { months: -2 } } }, path: "phaseStarts.F2", da: "(6-3 måneder før go-live)" },
  { title: "Fase 3 away from go-live", input: { phaseStarts: { F3: { days: 1 } } }, path: "phaseStarts.F3", da: "(ved go-live)" },
  { title: "Fase 4 after its range", input: { phaseStarts: { F4: { weeks: 3 } } }, path: "phaseStarts.F4", da: "(1-2 uger efter go-live)" },
  { title: "a deviation for another field", input: { phaseStarts: { F1: { months: -10 } }, deviations: [approved("phaseStarts.F2")] }, path: "phaseStarts.F1", da: 'field "phaseStarts.F1"' },
  {
    title: "phases out of order",
    input: { phaseStarts: { F2: { months: -10 } }, deviations: [approved("phaseStarts.F2")] },
    path: "phaseStarts.F2",
    da: "Fase 2 (10 måneder før go-live) skal starte efter fase 1 (9 måneder før go-live)",
  },
  { title: "Fase 1 starting with Fase 2", input: { phaseStarts: { F1: { months: -6 } } }, path: "phaseStarts.F1", da: "skal starte efter fase 1" },
  { title: "an empty Fase 4", input: { phase4Length: { months: 0 } }, path: "phase4Length", da: "større end 0" },
  { title: "workdaysOnly as text", input: { workdaysOnly: "yes" }, path: "workdaysOnly", da: "true eller false" },
  { title: "a name that is not text", input: { name: 7 }, path: "name", da: "tekst" },
  { title: "an override of an unknown task", input: { tasks: { "XYZ-99": { phase: "F1" } } }, path: "tasks.XYZ-99", da: 'Ukendt opgave "XYZ-99"' },
  { title: "a misspelt override key", input: { tasks: { "PRJ-01": { fase: "F1" } } }, path: "tasks.PRJ-01.fase", da: 'Ukendt felt "fase"' },
  { title: "an override to an unknown phase", input: { tasks: { "PRJ-01": { phase: "F5" } } }, path: "tasks.PRJ-01.phase", da: '"F1", "F2", "F3" eller "F4"' },
  { title: "an impossible date", input: { tasks: { "SIK-02": { deadline: { date: "2027-02-30" } } } }, path: "tasks.SIK-02.deadline.date", da: "rigtig dato" },
  { title: "a Danish-style date", input: { tasks: { "SIK-02": { deadline: { date: "31-01-2027" } } } }, path: "tasks.SIK-02.deadline.date", da: "åååå-mm-dd" },
  { title: "a date and an offset together", input: { tasks: { "SIK-02": { deadline: { date: "2027-01-31", days: 1 } } } }, path: "tasks.SIK-02.deadline", da: "præcis ét af felterne" },
  { title: "a deadline before its start", input: { tasks: { "PRJ-01": { start: { weeks: -20 }, deadline: { weeks: -30 } } } }, path: "tasks.PRJ-01.deadline", da: "Fristen ligger før starten" },
  { title: "fixed dates in the wrong order", input: { tasks: { "PRJ-01": { start: { date: "2027-02-01" }, deadline: { date: "2027-01-31" } } } }, path: "tasks.PRJ-01.deadline", da: "Fristen ligger før starten" },
  { title: "removing an unknown task", input: { removedTasks: ["ITM-99"], deviations: [approved("removedTasks.ITM-99")] }, path: "removedTasks[0]", da: 'Ukendt opgave "ITM-99"' },
  { title: "removing a task without a deviation", input: { removedTasks: ["ITM-06"] }, path: "removedTasks[0]", da: 'field "removedTasks.ITM-06"' },
  { title: "removing a task twice", input: { removedTasks: ["ITM-06", "ITM-06"], deviations: [approved("removedTasks.ITM-06")] }, path: "removedTasks[1]", da: "mere end én gang" },
  { title: "removedTasks that is not a list", input: { removedTasks: "ITM-06" }, path: "removedTasks", da: "liste" },
  { title: "adjusting a removed task", input: { removedTasks: ["ITM-06"], deviations: [approved("removedTasks.ITM-06")], tasks: { "ITM-06": { phase: "F3" } } }, path: "tasks.ITM-06", da: "kan ikke også tilpasses" },
  { title: "a local id without L-", input: { localTasks: [local({ id: "X-01" })] }, path: "localTasks[0].id", da: 'starte med "L-"' },
  { title: "a local id that is too long", input: { localTasks: [local({ id: `L-${"a".repeat(21)}` })] }, path: "localTasks[0].id", da: "1-20" },
  { title: "a local id with a space", input: { localTasks: [local({ id: "L-0 1" })] }, path: "localTasks[0].id", da: 'starte med "L-"' },
  { title: "a local id used twice", input: { localTasks: [local({}), local({ title: "Anden" }), local({ id: "L-01" })] }, path: "localTasks[1].id", da: 'Id\'et "L-01" er brugt' },
  { title: "an empty local title", input: { localTasks: [local({ title: "   " })] }, path: "localTasks[0].title", da: "Må ikke være tom" },
  { title: "a local title over 255 characters", input: { localTasks: [local({ title: "x".repeat(256) })] }, path: "localTasks[0].title", da: "højst være 255 tegn" },
  { title: "a local task in an unknown theme", input: { localTasks: [local({ theme: "ABC" })] }, path: "localTasks[0].theme", da: '"PRJ", "GEV"' },
  { title: "a local task without a phase", input: { localTasks: [{ id: "L-01", theme: "PRJ", title: "Lokal" }] }, path: "localTasks[0].phase", da: "Feltet mangler" },
  { title: "a local deadline before its start", input: { localTasks: [local({ start: { days: -10 }, deadline: { days: -20 } })] }, path: "localTasks[0].deadline", da: "Fristen ligger før starten" },
  { title: "a deviation without description", input: { deviations: [{ field: "phaseStarts.F1", description: " ", approvedBy: "KOMBIT" }] }, path: "deviations[0].description", da: "Må ikke være tom" },
  { title: "a deviation without approver", input: { deviations: [{ field: "phaseStarts.F1", description: "Lang opsigelse" }] }, path: "deviations[0].approvedBy", da: "Feltet mangler" },
];

describe("a variant that breaks a rule", () => {
  it.each(CASES)("is refused for $title, naming $path", ({ input, path, da }) => {
    const error = problemsOf(input);
    expect(error.variantProblems.map((problem) => problem.path)).toContain(path);
    const problem = error.variantProblems.find((p) => p.path === path);
    expect(problem?.da).toContain(da);
    expect(problem?.en).not.toBe("");
    expect(error.in("da")).toContain(path === "" ? da : `${path}: `);
    expect(error.in("en")).toContain(path === "" ? "The variant file is invalid: " : `${path}: `);
  });

  it("lists every shape problem at once", () => {
    const error = problemsOf({ nme: "x", workdaysOnly: 1, localTasks: [local({ id: "bad", title: "" })] });
    expect(error.variantProblems.map((p) => p.path).sort()).toEqual(["localTasks[0].id", "localTasks[0].title", "nme", "workdaysOnly"]);
  });

  it("lists every rule problem at once", () => {
    const error = problemsOf({
      phaseStarts: { F1: { months: -12 }, F4: { weeks: 4 } },
      tasks: { "ABC-01": {} },
      removedTasks: ["GEV-03", "SIK-04"],
    });
    expect(error.variantProblems.map((p) => p.path)).toEqual([
      "phaseStarts.F1",
      "phaseStarts.F4",
      "tasks.ABC-01",
      "removedTasks[0]",
      "removedTasks[1]",
    ]);
  });

  it("gives every problem in Danish and English", () => {
    for (const { input } of CASES) {
      for (const problem of problemsOf(input).variantProblems) {
        expect(problem.da).toMatch(/[.?]$/);
        expect(problem.en).toMatch(/[.?]$/);
        expect(problem.en).not.toBe(problem.da);
      }
    }
  });
});
