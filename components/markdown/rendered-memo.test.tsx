import { createElement } from "react";
import { describe, expect, it, vi } from "vitest";
import { renderedMemo } from "./rendered-memo";

describe("renderedMemo", () => {
  it("renders a source once, and renders again a source pushed out by newer ones", () => {
    const render = vi.fn((source: string) => createElement("p", null, source));
    const memo = renderedMemo(render, 2);
    const first = memo("a");
    expect(memo("a")).toBe(first);
    memo("b");
    memo("c");
    expect(render).toHaveBeenCalledTimes(3);
    expect(memo("a")).not.toBe(first);
    expect(memo("c")).toBe(memo("c"));
    expect(render).toHaveBeenCalledTimes(4);
  });
});
