import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-redirect";

describe("safeCallbackPath", () => {
  it("keeps same-site paths", () => {
    expect(safeCallbackPath("/learn/lean-fundamentals/the-eight-wastes?x=1#top")).toBe("/learn/lean-fundamentals/the-eight-wastes?x=1#top");
  });
  it.each(["https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", "", undefined, 42])("refuses %s", (v) => {
    expect(safeCallbackPath(v)).toBe("/home");
  });
});
