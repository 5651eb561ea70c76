import { MODEL, type Offset, type PhaseId } from "../../src/model";

const months = (amount: number): Offset => ({ amount, unit: "months" });
const weeks = (amount: number): Offset => ({ amount, unit: "weeks" });
const days = (amount: number): Offset => ({ amount, unit: "days" });

describe("the phases", () => {
  it.each([
    { id: "F1", name: "Opstart", start: months(-9), earliest: months(-9), latest: months(-6) },
    { id: "F2", name: "Forberedelse", start: months(-6), earliest: months(-6), latest: months(-3) },
    { id: "F3", name: "Ibrugtagning", start: days(0), earliest: days(0), latest: days(0) },
    { id: "F4", name: "Forankring", start: weeks(2), earliest: weeks(1), latest: weeks(2) },
  ])("start $id $name at its default within the model's range", ({ id, name, start, earliest, latest }) => {
    const phase = MODEL.phases.find((p) => p.id === (id as PhaseId));
    expect(phase?.name.da).toBe(name);
    expect(phase?.start).toEqual({ default: start, range: { earliest, latest } });
  });

  it("name their actors as model.md does", () => {
    expect(MODEL.phases[0].actors.map((a) => a.da)).toEqual([
      "Topleder/direktører",
      "Leder fra løsningens forretningsområde",
      "Leder fra it/digitaliseringschef",
    ]);
    expect(MODEL.phases.map((p) => p.actors.length)).toEqual([3, 5, 2, 2]);
  });

  it("state focus and effect as full sentences", () => {
    for (const phase of MODEL.phases) {
      expect(phase.focus.da).toMatch(/^Kommunen .+\.$/);
      expect(phase.effect.da).toMatch(/^Kommunen .+\.$/);
    }
  });
});
