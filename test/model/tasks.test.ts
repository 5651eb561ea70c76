import { MODEL, type PhaseId, type ThemeId } from "../../src/model";

function task(id: string) {
  const found = MODEL.tasks.find((t) => t.id === id);
  if (!found) throw new Error(`no task ${id}`);
  return found;
}

describe("the KLIK tasks", () => {
  it.each([
    ["PRJ", 4],
    ["GEV", 4],
    ["VID", 6],
    ["ORG", 3],
    ["UDI", 7],
    ["ITM", 6],
    ["SIK", 4],
  ] as const)("number the %s tasks 01 to %i in slide order", (theme: ThemeId, count: number) => {
    const ids = MODEL.tasks.filter((t) => t.theme === theme).map((t) => t.id);
    expect(ids).toEqual(Array.from({ length: count }, (_, i) => `${theme}-${String(i + 1).padStart(2, "0")}`));
  });

  it.each([
    ["PRJ-01", "Udpeg projektejer", "F1"],
    ["PRJ-02", "Udpeg projektleder", "F1"],
    ["PRJ-03", "Alloker ressourcer til idriftsættelse af it-systemet", "F2"],
    ["PRJ-04", "Alloker ressourcer til early-life support", "F2"],
    ["GEV-01", "Udpeg gevinstejer", "F1"],
    ["GEV-02", "Identificer eget gevinstpotentiale", "F1"],
    ["GEV-03", "Realiser gevinstpotentiale", "F4"],
    ["GEV-04", "Dokumenter indfriet gevinstpotentiale", "F4"],
    ["VID-06", "Undervis brugere", "F2"],
    ["ORG-01", "Kortlæg as-is arbejdsgange", "F2"],
    ["ORG-03", "Etabler nye arbejdsgange", "F3"],
    ["UDI-05", "Håndter og tilslut snitflader og integrationer, både fælleskommunale og lokale", "F2"],
    ["UDI-06", "Etabler hyper-care/early-life-support", "F3"],
    ["UDI-07", "Etabler 1. level support", "F2"],
    ["ITM-06", "Opsæt integrationer i den fælleskommunale infrastruktur, fx ØiR, Print m.fl.", "F2"],
    ["SIK-01", "Anskaf snitflader/integrationer", "F2"],
    ["SIK-02", "Opsig aftaler på eksisterende it-system og snitflader til eksisterende it-system", "F1"],
    ["SIK-04", "Godkend serviceaftale", "F2"],
  ] as const)("has %s %s, suggested for %s", (id, title, phase: PhaseId) => {
    expect(task(id).title.da).toBe(title);
    expect(task(id).defaultPhase).toBe(phase);
  });

  it("suggests Fase 2 for all of Viden og færdigheder and It-miljø og -infrastruktur", () => {
    const phases = MODEL.tasks.filter((t) => t.theme === "VID" || t.theme === "ITM").map((t) => t.defaultPhase);
    expect(new Set(phases)).toEqual(new Set(["F2"]));
  });

  it("spreads the tasks over the phases as model.md section 7 proposes", () => {
    const count = (phase: PhaseId) => MODEL.tasks.filter((t) => t.defaultPhase === phase).length;
    expect([count("F1"), count("F2"), count("F3"), count("F4")]).toEqual([5, 25, 2, 2]);
  });
});
