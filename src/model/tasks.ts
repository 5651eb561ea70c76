import { deepFreeze } from "./freeze";
import type { PhaseId, Task, ThemeId } from "./types";

/** Compact row: number within the theme, suggested phase, Danish title, English title. */
type Row = readonly [number, PhaseId, string, string];

/**
 * The 34 KLIK tasks in the order of model.md section 4. `defaultPhase` is the suggestion of section
 * 7 (not model text): a default that a project may change in its variant.
 */
const ROWS: Record<ThemeId, readonly Row[]> = {
  PRJ: [
    [1, "F1", "Udpeg projektejer", "Appoint a project owner"],
    [2, "F1", "Udpeg projektleder", "Appoint a project manager"],
    [
      3,
      "F2",
      "Alloker ressourcer til idriftsættelse af it-systemet",
      "Allocate resources for putting the IT system into operation",
    ],
    [4, "F2", "Alloker ressourcer til early-life support", "Allocate resources for early-life support"],
  ],
  GEV: [
    [1, "F1", "Udpeg gevinstejer", "Appoint a benefits owner"],
    [2, "F1", "Identificer eget gevinstpotentiale", "Identify the municipality's own benefits potential"],
    [3, "F4", "Realiser gevinstpotentiale", "Realise the benefits potential"],
    [4, "F4", "Dokumenter indfriet gevinstpotentiale", "Document the realised benefits potential"],
  ],
  VID: [
    [1, "F2", "Udpeg trænere", "Appoint trainers"],
    [2, "F2", "Udpeg superbrugere", "Appoint super users"],
    [3, "F2", "Udpeg supportberettigede brugere", "Appoint users entitled to support"],
    [4, "F2", "Planlæg uddannelse", "Plan training"],
    [5, "F2", "Deltag i undervisning", "Take part in training"],
    [6, "F2", "Undervis brugere", "Teach users"],
  ],
  ORG: [
    [1, "F2", "Kortlæg as-is arbejdsgange", "Map as-is workflows"],
    [2, "F2", "Kortlæg to-be arbejdsgange", "Map to-be workflows"],
    [3, "F3", "Etabler nye arbejdsgange", "Establish new workflows"],
  ],
  UDI: [
    [1, "F2", "Klargør data til konvertering", "Prepare data for conversion"],
    [2, "F2", "Klargør brugere til konvertering", "Prepare users for conversion"],
    [
      3,
      "F2",
      "Kortlæg hvilke snitflader kommunen har ift. eksisterende it-system",
      "Map the municipality's interfaces to the existing IT system",
    ],
    [4, "F2", "Opsæt it-systemet lokalt", "Set up the IT system locally"],
    [
      5,
      "F2",
      "Håndter og tilslut snitflader og integrationer, både fælleskommunale og lokale",
      "Handle and connect interfaces and integrations, both joint-municipal and local",
    ],
    [6, "F3", "Etabler hyper-care/early-life-support", "Establish hyper-care/early-life support"],
    [7, "F2", "Etabler 1. level support", "Establish first-level support"],
  ],
  ITM: [
    [
      1,
      "F2",
      "Afdæk behov for justeringer eller ændringer af kommunens it-miljø",
      "Identify needs for adjustments or changes to the municipality's IT environment",
    ],
    [2, "F2", "Opsæt it-miljø", "Set up the IT environment"],
    [3, "F2", "Modeller jobfunktionsroller", "Model job function roles"],
    [4, "F2", "Tildel jobfunktionsroller til brugere", "Assign job function roles to users"],
    [5, "F2", "Konverter brugere til Adgangsstyring", "Convert users to Adgangsstyring (access management)"],
    [
      6,
      "F2",
      "Opsæt integrationer i den fælleskommunale infrastruktur, fx ØiR, Print m.fl.",
      "Set up integrations in the joint-municipal infrastructure, e.g. ØiR, Print and others",
    ],
  ],
  SIK: [
    [1, "F2", "Anskaf snitflader/integrationer", "Acquire interfaces/integrations"],
    // Fase 1 because notice periods on the old system's agreements are long.
    [
      2,
      "F1",
      "Opsig aftaler på eksisterende it-system og snitflader til eksisterende it-system",
      "Terminate the agreements on the existing IT system and on its interfaces",
    ],
    [3, "F2", "Godkend databehandleraftale", "Approve the data processing agreement"],
    [4, "F2", "Godkend serviceaftale", "Approve the service agreement"],
  ],
};

function taskId(theme: ThemeId, number: number): string {
  return `${theme}-${String(number).padStart(2, "0")}`;
}

export const TASKS: Task[] = deepFreeze(
  (Object.keys(ROWS) as ThemeId[]).flatMap((theme) =>
    ROWS[theme].map(([number, defaultPhase, da, en]) => ({
      id: taskId(theme, number),
      theme,
      title: { da, en },
      defaultPhase,
    })),
  ),
);
