import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "./safe-redirect";

describe("safeCallbackPath", () => {
  it.each([
    ["/learn/lean-fundamentals/the-eight-wastes?x=1#top", "/learn/lean-fundamentals/the-eight-wastes?x=1#top"],
    ["/home", "/home"],
    ["/a/./b/../c", "/a/c"],
    ["/foo\\bar", "/foo/bar"],
    // Encoded slashes stay encoded: a browser reads them as part of one path segment.
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
    ["/%5C%5Cevil.example", "/%5C%5Cevil.example"],
    ["/javascript:alert(1)//", "/javascript:alert(1)//"],
  ])("keeps the same-site path %s", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });

  it.each([
    "https://evil.example/",
    "http:evil.example",
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/.//evil.example",
    "/..//evil.example",
    "/%2e//evil.example",
    "/%2E%2E//evil.example",
    "/./\\evil.example",
    "/.\\/evil.example",
    "/a/../..//evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/\\\t\\evil.example",
    " /home",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,hi",
    "evil.example",
    "",
    undefined,
    null,
    42,
  ])("refuses %j", (input) => {
    expect(safeCallbackPath(input)).toBe("/home");
  });

  it("falls back to the given path", () => {
    expect(safeCallbackPath("/.//evil.example", "/dashboard")).toBe("/dashboard");
  });
});
