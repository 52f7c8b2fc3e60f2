import { describe, expect, it } from "vitest";
import { appliedShares, appliedShortfalls, asksForAction, isScenario } from "./item-kinds";

const situation =
  "A hospital's scheduling project is two weeks late after a vendor missed a delivery. The sponsor asks for a recovery plan by Friday. What should the project manager do first?";

describe("item kinds", () => {
  it("tells a scenario from a recall question", () => {
    expect(isScenario(situation)).toBe(true);
    expect(isScenario("Which process group does the project charter belong to?")).toBe(false);
    // Long but one sentence: a definition question dressed up is still recall.
    expect(isScenario(`Which term describes ${"a very long and winding ".repeat(8)}definition?`)).toBe(false);
  });

  it("recognises questions that ask what someone should do", () => {
    expect(asksForAction(situation)).toBe(true);
    expect(asksForAction("What is the critical path of this network?")).toBe(false);
  });

  it("reports the shares per target and what falls short of the floors", () => {
    const bank = [
      { target: "PMP", stem: situation },
      { target: "PMP", stem: "What is a stakeholder register?" },
      { target: "LEAN", stem: "Which waste is waiting?" },
    ];
    const shares = appliedShares(bank);
    expect(shares).toEqual([
      { target: "LEAN", items: 1, scenario: 0, action: 0 },
      { target: "PMP", items: 2, scenario: 0.5, action: 0.5 },
    ]);
    expect(appliedShortfalls(shares)).toEqual(["LEAN: 0% scenarios, floor 50%", "PMP: 50% ask what to do, floor 60%"]);
  });
});
