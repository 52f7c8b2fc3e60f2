import { describe, expect, it } from "vitest";
import { allocate, drawItems, type PoolItem } from "./draw";
import { seededRandom } from "./present";

const pmp2026 = [
  { code: "people", weight: 0.33 },
  { code: "process", weight: 0.41 },
  { code: "business-environment", weight: 0.26 },
];

function pool(counts: Record<string, number>, seen: (domain: string, i: number) => Date | null = () => null): PoolItem[] {
  return Object.entries(counts).flatMap(([domain, n]) => Array.from({ length: n }, (_, i) => ({ id: `${domain}-${i}`, domain, lastSeenAt: seen(domain, i) })));
}

describe("allocate", () => {
  it("splits seats by weight with largest remainders", () => {
    expect(allocate(185, pmp2026, { people: 100, process: 100, "business-environment": 100 })).toEqual({ people: 61, process: 76, "business-environment": 48 });
    expect(allocate(20, pmp2026, { people: 50, process: 50, "business-environment": 50 })).toEqual({ people: 7, process: 8, "business-environment": 5 });
  });

  it("gives a domain's missing seats to the others", () => {
    expect(allocate(20, pmp2026, { people: 50, process: 50, "business-environment": 2 })).toEqual({ people: 8, process: 10, "business-environment": 2 });
  });

  it("never draws more than the pool holds", () => {
    expect(allocate(100, pmp2026, { people: 3, process: 4, "business-environment": 1 })).toEqual({ people: 3, process: 4, "business-environment": 1 });
  });
});

describe("drawItems", () => {
  it("draws by weight and prefers items not seen recently", () => {
    const now = Date.UTC(2026, 10, 1);
    const items = pool({ people: 30, process: 30, "business-environment": 30 }, (_d, i) => (i < 15 ? new Date(now - i * 1000) : null));
    const drawn = drawItems(items, pmp2026, 30, seededRandom("x"));
    expect(drawn).toHaveLength(30);
    const perDomain = Object.fromEntries(pmp2026.map((w) => [w.code, drawn.filter((d) => d.domain === w.code).length]));
    expect(perDomain).toEqual({ people: 10, process: 12, "business-environment": 8 });
    // Each domain has 15 never-seen items, enough for its seats.
    expect(drawn.every((d) => d.lastSeenAt === null)).toBe(true);
    expect(new Set(drawn.map((d) => d.id)).size).toBe(30);
  });

  it("takes the least recently seen when it must repeat", () => {
    const items = pool({ people: 3 }, (_d, i) => new Date(Date.UTC(2026, 0, 10 - i)));
    const drawn = drawItems(items, [{ code: "people", weight: 1 }], 2, seededRandom("y"));
    expect(drawn.map((d) => d.id).sort()).toEqual(["people-1", "people-2"]);
  });
});
