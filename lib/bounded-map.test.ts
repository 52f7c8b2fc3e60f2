import { describe, expect, it, vi } from "vitest";
import { BoundedMap } from "./bounded-map";

describe("BoundedMap", () => {
  it("drops the least recently used entries once over its budget", () => {
    const map = new BoundedMap<string, number>(2);
    map.set("a", 1);
    map.set("b", 2);
    expect(map.get("a")).toBe(1);
    map.set("c", 3);
    expect(map.get("b")).toBeUndefined();
    expect(map.get("a")).toBe(1);
    expect(map.get("c")).toBe(3);
    expect(map.size).toBe(2);
  });

  it("counts each value by its weight, and keeps none heavier than the budget", () => {
    const map = new BoundedMap<string, number[]>(5, (rows) => rows.length);
    map.set("three", [1, 2, 3]);
    map.set("two", [1, 2]);
    map.set("one", [1]);
    expect(map.get("three")).toBeUndefined();
    expect([map.get("two"), map.get("one")]).toEqual([[1, 2], [1]]);
    expect(map.set("six", [1, 2, 3, 4, 5, 6])).toHaveLength(6);
    expect(map.get("six")).toBeUndefined();
    expect(map.size).toBe(2);
  });

  it("replaces a key's value without counting the old one", () => {
    const map = new BoundedMap<string, number[]>(4, (rows) => rows.length);
    map.set("a", [1, 2, 3]);
    map.set("a", [1, 2, 3, 4]);
    expect(map.get("a")).toHaveLength(4);
    map.set("b", [1]);
    expect(map.get("a")).toBeUndefined();
  });

  it("computes a missing value once, null included", () => {
    const map = new BoundedMap<string, number | null>(10);
    const make = vi.fn(() => null);
    expect(map.getOrSet("k", make)).toBeNull();
    expect(map.getOrSet("k", make)).toBeNull();
    expect(make).toHaveBeenCalledTimes(1);
  });
});
