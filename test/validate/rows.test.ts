/** Task rows read once for every rule: ids, the model's words (any letter case) and dates. */
import { parseVariant } from "../../src/model";
import { plannedTasks } from "../../src/plan/validation/context";
import { readTaskRows, startedByPhase } from "../../src/plan/validation/rows";
import { freshSnapshot, serial, setTask } from "./support";

function rowsOf(edit: (s: ReturnType<typeof freshSnapshot>) => void) {
  const snapshot = freshSnapshot();
  edit(snapshot);
  const rows = readTaskRows(snapshot.tasks, { lang: "da", planned: plannedTasks(parseVariant({})) });
  return (id: string) => rows.find((r) => r.id === id);
}

describe("readTaskRows", () => {
  test("reads the status and phase as the model's ids, whatever the letter case, and unknown words as undefined", () => {
    const row = rowsOf((s) => {
      setTask(s, "PRJ-01", "status", "FULDFØRT");
      setTask(s, "PRJ-02", "status", "Færdig");
    });
    expect([row("PRJ-01")?.status, row("PRJ-01")?.phase, row("PRJ-02")?.status]).toEqual(["fuldfoert", "F1", undefined]);
  });

  test("reads dates as dates (one Date per day), text as not-a-date, and knows the planned task", () => {
    const row = rowsOf((s) => {
      setTask(s, "PRJ-01", "completed", serial("2026-07-01"));
      setTask(s, "PRJ-02", "completed", serial("2026-07-01") + 0.5);
      setTask(s, "PRJ-03", "completed", "01-07-2026");
    });
    const [a, b] = [row("PRJ-01")?.completed, row("PRJ-02")?.completed];
    expect(a).toEqual({ kind: "date", date: new Date(Date.UTC(2026, 6, 1)) });
    expect(b).toBe(a);
    expect(row("PRJ-03")?.completed).toEqual({ kind: "not-a-date" });
    expect(row("PRJ-01")?.planned?.id).toBe("PRJ-01");
  });
});

describe("startedByPhase", () => {
  test("lists the tasks I gang or Fuldført by phase, in row order, a row without ID by its cell", () => {
    const snapshot = freshSnapshot();
    setTask(snapshot, "PRJ-02", "status", "I gang");
    setTask(snapshot, "PRJ-01", "status", "fuldført");
    setTask(snapshot, "PRJ-01", "id", null);
    const rows = readTaskRows(snapshot.tasks, { lang: "da", planned: plannedTasks(parseVariant({})) });
    expect(Object.fromEntries(startedByPhase(rows))).toEqual({ F1: ["Projektstyring og -ledelse!A5", "PRJ-02"] });
  });
});
