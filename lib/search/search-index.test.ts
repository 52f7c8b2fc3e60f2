import { describe, expect, it } from "vitest";
import { createSearchIndex, markdownToText, snippet, type SearchDocument } from "./search-index";

const doc = (id: string, title: string, text: string, track = "lean"): SearchDocument => ({
  id,
  kind: "lesson",
  title,
  text,
  trackSlug: track,
  trackTitle: track,
  courseTitle: "Course",
  href: `/learn/c/${id}`,
});

const search = createSearchIndex([
  doc("takt", "Takt Time", "Takt time is the available working time divided by customer demand."),
  doc("wastes", "The Eight Wastes", "Overproduction, waiting and motion are wastes; takt is mentioned once."),
  doc("sbi", "Feedback with SBI", "Situation, behaviour, impact: a feedback model for managers.", "emotional-intelligence"),
]);

describe("search", () => {
  it("ranks a title match above a body mention", () => {
    expect(search("takt").map((h) => h.id)).toEqual(["takt", "wastes"]);
  });

  it("finds a lesson by a phrase from its body", () => {
    expect(search("divided by customer demand")[0]?.id).toBe("takt");
  });

  it("filters by track and tolerates a typo", () => {
    expect(search("feedbak model", { track: "emotional-intelligence" }).map((h) => h.id)).toEqual(["sbi"]);
    expect(search("takt", { track: "emotional-intelligence" })).toEqual([]);
  });

  it("returns nothing for an empty query", () => {
    expect(search("   ")).toEqual([]);
  });
});

describe("snippet", () => {
  it("marks every matched term inside a window around the first match", () => {
    const text = `${"filler ".repeat(60)}the kanban card signals pull; each kanban is a signal. ${"tail ".repeat(60)}`;
    const segments = snippet(text, ["kanban"]);
    expect(segments[0]).toEqual({ text: "…", match: false });
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(["kanban", "kanban"]);
    expect(segments.map((s) => s.text).join("").length).toBeLessThan(240);
  });

  it("treats regex characters in the query as text", () => {
    expect(() => snippet("a (b) c", ["(b"])).not.toThrow();
  });
});

describe("markdownToText", () => {
  it("keeps the words and drops the syntax", () => {
    expect(markdownToText("## Title\n\n**Bold** [link](http://x) and `code`\n\n| a |\n| --- |")).toBe("Title Bold link and code a");
  });
});
