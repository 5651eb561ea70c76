/** Sorting a filled-in plan's entries for a re-plan: to their task by ID, to local tasks, or to the archive. */
import { parseVariant } from "../../src/model";
import type { Variant } from "../../src/model/types";
import { parseIsoDate } from "../../src/plan/dates";
import type { PlanSnapshot } from "../../src/plan/snapshot";
import { ARCHIVE_REASONS, mergeEntries } from "../../src/plan/update/merge";
import { criteriaRow, freshSnapshot, serial, setCriterion, setTask, taskRow } from "../validate/support";

const TODAY = "2026-10-01";
const removing = (...ids: string[]): Variant =>
  parseVariant({ removedTasks: ids, deviations: ids.map((id) => ({ field: `removedTasks.${id}`, description: "Udgår", approvedBy: "KOMBIT" })) });

function merge(snapshot: PlanSnapshot, newVariant: Variant = parseVariant({}), oldVariant: Variant = parseVariant({})) {
  return mergeEntries(snapshot, { oldVariant, newVariant, today: parseIsoDate(TODAY) });
}

function addExtraColumn(snapshot: PlanSnapshot, table: string, header: string, values: Record<string, string>): void {
  snapshot.tables?.find((t) => t.name === table)?.extraHeaders.push(header);
  for (const [id, value] of Object.entries(values)) taskRow(snapshot, id).extra.push({ header, cell: { address: `K${taskRow(snapshot, id).row}`, value } });
}

describe("mergeEntries", () => {
  test("keys what was typed at a task by its ID, and leaves out what the plan writes itself", () => {
    const snapshot = freshSnapshot();
    setTask(snapshot, "PRJ-02", "status", "Fuldført");
    setTask(snapshot, "PRJ-02", "completed", serial("2026-07-01"));
    setTask(snapshot, "PRJ-02", "responsible", "Anne");
    const { entries, summary } = merge(snapshot);
    expect(entries.tasks["PRJ-02"].cells).toEqual({
      responsible: { value: "Anne" },
      status: { value: "Fuldført" },
      completed: { value: serial("2026-07-01") },
    });
    expect(entries.tasks["PRJ-01"].cells).toEqual({ status: { value: "Ikke startet" } });
    expect(summary).toEqual({ tasksWithEntries: 1, localTasks: 0, archived: 0, restored: 0 });
  });

  test("keeps Opgave and Fase only where the user changed them", () => {
    const snapshot = freshSnapshot();
    setTask(snapshot, "PRJ-01", "task", "Udpeg styregruppe");
    setTask(snapshot, "PRJ-01", "phase", "Fase 2 Forberedelse");
    const { entries } = merge(snapshot);
    expect(entries.tasks["PRJ-01"].cells).toMatchObject({ task: { value: "Udpeg styregruppe" }, phase: { value: "Fase 2 Forberedelse" } });
    expect(entries.tasks["PRJ-02"].cells.task).toBeUndefined();
  });

  test("a task the variant had moved keeps following the variant when the user did not touch its phase", () => {
    const moved = parseVariant({ tasks: { "PRJ-01": { phase: "F2" } } });
    const { entries } = merge(freshSnapshot(moved), parseVariant({}), moved);
    expect(entries.tasks["PRJ-01"].cells.phase).toBeUndefined();
  });

  test("archives the entries of a task the new variant removes, with where, why and when", () => {
    const snapshot = freshSnapshot();
    setTask(snapshot, "PRJ-04", "note", "Aftalt med leverandøren");
    const { entries, summary } = merge(snapshot, removing("PRJ-04", "PRJ-03"));
    expect(entries.tasks["PRJ-04"]).toBeUndefined();
    expect(entries.archive).toEqual([
      expect.objectContaining({
        id: "PRJ-04",
        origin: "Projektstyring og -ledelse",
        reason: ARCHIVE_REASONS.removed,
        archivedOn: serial(TODAY),
        cells: expect.objectContaining({ note: { value: "Aftalt med leverandøren" }, task: { value: "Alloker ressourcer til early-life support" } }),
        deadline: expect.objectContaining({ value: serial("2027-02-28") }),
      }),
    ]);
    // PRJ-03 had nothing typed: nothing to keep, so nothing archived.
    expect(summary.archived).toBe(1);
  });

  test.each([
    {
      title: "a second row with the same ID (when the first has entries too)",
      edit: (s: PlanSnapshot) => {
        setTask(s, "PRJ-01", "responsible", "Bo");
        setTask(s, "PRJ-02", "id", "PRJ-01");
      },
      reason: ARCHIVE_REASONS.duplicate,
      id: "PRJ-01",
    },
    { title: "a row with an unknown ID", edit: (s: PlanSnapshot) => setTask(s, "PRJ-02", "id", "X-1"), reason: ARCHIVE_REASONS.unknown, id: "X-1" },
    { title: "a row without an ID", edit: (s: PlanSnapshot) => setTask(s, "PRJ-02", "id", null), reason: ARCHIVE_REASONS.noId, id: "" },
  ])("archives $title, so nothing typed is lost", ({ edit, reason, id }) => {
    const snapshot = freshSnapshot();
    setTask(snapshot, "PRJ-02", "note", "vigtig note");
    edit(snapshot);
    const { entries } = merge(snapshot);
    expect(entries.archive).toEqual([expect.objectContaining({ id, reason, cells: expect.objectContaining({ note: { value: "vigtig note" } }) })]);
  });

  test("a duplicate row with entries takes the place of an untouched first row", () => {
    const snapshot = freshSnapshot();
    setTask(snapshot, "PRJ-02", "note", "den rigtige");
    setTask(snapshot, "PRJ-02", "id", "PRJ-01");
    const { entries } = merge(snapshot);
    expect(entries.archive).toEqual([]);
    expect(entries.tasks["PRJ-01"].cells.note).toEqual({ value: "den rigtige" });
  });

  test("keeps a local task typed into a table as a local task of that table's theme", () => {
    const snapshot = freshSnapshot();
    setTask(snapshot, "ORG-03", "id", "L-9");
    const { entries } = merge(snapshot);
    expect(entries.localTasks).toEqual([
      expect.objectContaining({ id: "L-9", theme: "ORG", cells: expect.objectContaining({ task: { value: "Etabler nye arbejdsgange" }, phase: { value: "Fase 3 Ibrugtagning" } }) }),
    ]);
  });

  test("archives a local task of the old variant that the new variant drops, when it has entries", () => {
    const old = parseVariant({ localTasks: [{ id: "L-01", theme: "PRJ", title: "Styregruppe", phase: "F1" }] });
    const snapshot = freshSnapshot(old);
    setTask(snapshot, "L-01", "status", "I gang");
    const { entries } = merge(snapshot, parseVariant({}), old);
    expect(entries.archive.map((a) => [a.id, a.reason])).toEqual([["L-01", ARCHIVE_REASONS.removed]]);
  });

  test("carries earlier archive rows over, and brings them back when their task returns untouched", () => {
    const snapshot = freshSnapshot();
    setTask(snapshot, "PRJ-04", "note", "gammel note");
    const first = merge(snapshot, removing("PRJ-04"));
    expect(first.entries.archive).toHaveLength(1);
    // Simulate the archive table of the updated workbook: the archived row with its origin and date.
    const archived = taskRow(snapshot, "PRJ-04");
    const later = freshSnapshot(removing("PRJ-04"));
    later.archive = [{ ...archived, table: "Arkiv", origin: { address: "K5", value: "Projektstyring og -ledelse" }, reason: { address: "L5", value: "Fjernet" }, archivedOn: { address: "M5", value: serial("2026-09-01") } }];
    const kept = merge(later, removing("PRJ-04"), removing("PRJ-04"));
    expect(kept.entries.archive.map((a) => [a.id, a.archivedOn, a.reason.da])).toEqual([["PRJ-04", serial("2026-09-01"), "Fjernet"]]);
    const restored = merge(later, parseVariant({}), removing("PRJ-04"));
    expect(restored.entries.archive).toEqual([]);
    expect(restored.entries.tasks["PRJ-04"].cells).toMatchObject({ note: { value: "gammel note" } });
    expect(restored.entries.tasks["PRJ-04"].cells.task).toBeUndefined();
    expect(restored.summary.restored).toBe(1);
  });

  test("keeps the user's own columns per table, also for rows that move to another table", () => {
    const snapshot = freshSnapshot();
    addExtraColumn(snapshot, "Opgaver_PRJ", "Prioritet", { "PRJ-01": "Høj" });
    addExtraColumn(snapshot, "Opgaver_GEV", "Budget", {});
    const { entries } = merge(snapshot);
    expect(entries.tasks["PRJ-01"].extra).toEqual({ Prioritet: { value: "Høj" } });
    expect(entries.extraColumns).toMatchObject({ Opgaver_PRJ: ["Prioritet"], Opgaver_GEV: ["Budget"] });
  });

  test("keeps assessments and justifications by criterion ID, and a user's own criterion in its phase", () => {
    const snapshot = freshSnapshot();
    setCriterion(snapshot, "F1-K3", "assessment", "Delvist opfyldt");
    setCriterion(snapshot, "F1-K3", "justification", "Mangler kommunikation");
    setCriterion(snapshot, "F2-K1", "id", "F2-EGEN");
    const { entries } = merge(snapshot);
    expect(entries.criteria["F1-K3"].cells).toEqual({ assessment: { value: "Delvist opfyldt" }, justification: { value: "Mangler kommunikation" } });
    expect(entries.localCriteria).toEqual([expect.objectContaining({ id: "F2-EGEN", phase: "F2", cells: expect.objectContaining({ criterion: { value: "Investering" } }) })]);
    expect(criteriaRow(snapshot, "F1-K1").cells.assessment?.value).toBe("Ikke vurderet");
  });

  test("keeps a formula the user wrote, with the row it was on", () => {
    const snapshot = freshSnapshot();
    const note = taskRow(snapshot, "PRJ-02").cells.note;
    if (note) Object.assign(note, { value: "se D6", formula: '"se "&D6' });
    const { entries } = merge(snapshot);
    expect(entries.tasks["PRJ-02"].cells.note).toEqual({ value: "se D6", formula: '"se "&D6', sourceRow: 6 });
  });
});
