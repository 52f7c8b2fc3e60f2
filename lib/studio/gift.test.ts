import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { questionSchema, type QuestionSource } from "@/lib/assessment/question-schema";
import { parseGift, type GiftDefaults } from "./gift";

const fixture = fs.readFileSync(path.join(import.meta.dirname, "fixtures", "moodle-sample.gift"), "utf8");
const defaults: GiftDefaults = { idPrefix: "lean-moodle", target: "LEAN", domain: "value-and-waste" };
const sample = parseGift(fixture, defaults);
const byId = (id: string) => {
  const q = sample.questions.find((x) => x.id === id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
};
const as = <T extends QuestionSource["type"]>(q: QuestionSource, type: T) => {
  expect(q.type).toBe(type);
  return q as Extract<QuestionSource, { type: T }>;
};

describe("parseGift on a Moodle sample", () => {
  it("imports every item that maps, in file order, each valid in the bank's schema", () => {
    expect(sample.questions.map((q) => [q.id, q.type])).toEqual([
      ["lean-moodle-overproduction", "single"],
      ["lean-moodle-three-wastes", "multiple"],
      ["lean-moodle-uneven", "multiple"],
      ["lean-moodle-pull", "true-false"],
      ["lean-moodle-push", "true-false"],
      ["lean-moodle-takt", "numeric"],
      ["lean-moodle-range", "numeric"],
      ["lean-moodle-partial-numeric", "numeric"],
      ["lean-moodle-5s", "matching"],
      ["lean-moodle-pieces", "numeric"],
      ["lean-moodle-html", "single"],
    ]);
    for (const q of sample.questions) expect(questionSchema.parse(q)).toEqual(q);
  });

  it("lists every skipped item with the line it starts on and why", () => {
    expect(sample.skipped).toEqual([
      { line: 60, reason: expect.stringMatching(/^short text answers have no item type/) },
      { line: 62, reason: expect.stringMatching(/^essays are graded by hand/) },
      { line: 64, reason: "a description has no answer to grade" },
      { line: 66, reason: 'GIFT syntax error: Expected "}" but end of input found.' },
      { line: 68, reason: expect.stringMatching(/^GIFT syntax error: Expected a value between -100 and 100/) },
      { line: 70, reason: expect.stringMatching(/^no explanation/) },
      { line: 72, reason: expect.stringMatching(/more than one option marked "="/) },
      { line: 84, reason: expect.stringMatching(/^HTML <img> is not imported/) },
    ]);
  });

  it("maps single choice: = is the key, a weighted ~ partial credit, feedback each option's explanation", () => {
    const q = as(byId("lean-moodle-overproduction"), "single");
    expect(q.stem).toBe("Which waste hides all the others?");
    expect(q.options).toEqual([
      { text: "Overproduction", correct: true, explanation: "It makes the other wastes invisible." },
      { text: "Waiting", explanation: "Waiting is visible on the floor." },
      { text: "Inventory", credit: 0.5, explanation: "Inventory is its symptom, half right." },
      { text: "Motion", explanation: "Motion is a waste of its own." },
    ]);
  });

  it("makes general feedback and comments the explanation, without Moodle's export header or markers", () => {
    expect(byId("lean-moodle-overproduction").explanation).toBe(
      "Overproduction creates inventory, which hides problems.\n\nOhno called overproduction the worst waste.",
    );
  });

  it("turns $CATEGORY path segments and [tag:] markers into tags, with the caller's defaults", () => {
    expect(byId("lean-moodle-overproduction").tags).toEqual(["lean-basics", "seven-wastes", "ohno"]);
    expect(byId("lean-moodle-takt").tags).toEqual(["lean-basics", "seven-wastes"]);
    const { questions } = parseGift("$CATEGORY: $course$/top/Default for Lean/Flow\n\nA? {T####Yes.}\n\n$CATEGORY: Metrics\n\nB? {F####No.}", {
      ...defaults,
      tags: ["Imported"],
    });
    expect(questions.map((q) => q.tags)).toEqual([
      ["imported", "flow"],
      ["imported", "metrics"],
    ]);
  });

  it("maps weighted multiple answer to partial scoring, exactly when the weights are equal shares", () => {
    const q = as(byId("lean-moodle-three-wastes"), "multiple");
    expect(q.scoring).toBe("partial");
    expect(q.options.map((o) => [o.text, Boolean(o.correct)])).toEqual([
      ["Transport", true],
      ["Defects", true],
      ["Kaizen", false],
      ["Takt", false],
    ]);
    expect(q.options[0]!.explanation).toBe("Moving things adds no value.");
    // 50/50 with -50 per wrong option is what the bank's partial scoring does: no note.
    expect(sample.notes.filter((n) => n.id === q.id)).toEqual([]);
  });

  it("keeps uneven GIFT weights as the bank's weighted scoring, without a note", () => {
    const q = as(byId("lean-moodle-uneven"), "multiple");
    expect(q.scoring).toBe("weighted");
    expect(q.options.map((o) => [o.text, Boolean(o.correct), o.credit])).toEqual([
      ["Machining", true, 0.7],
      ["Assembly", true, 0.3],
      ["Inspection", false, 0],
    ]);
    // No option feedback: each option explains with the question's explanation.
    expect(q.options[2]!.explanation).toBe(q.explanation);
    expect(q.explanation).toBe("Only steps the customer pays for add value.\n\nValue-adding means the customer would pay for the step.");
    expect(sample.notes.filter((n) => n.id === q.id)).toEqual([]);
  });

  it("notes what changes when the right options' GIFT weights do not add up to 100%", () => {
    const { questions, notes } = parseGift("Which are waste? {~%40%Transport ~%40%Defects ~Kaizen ####Two of seven.}", defaults);
    expect(questions[0]).toMatchObject({ type: "multiple", scoring: "partial" });
    expect(notes).toEqual([{ line: 1, id: "lean-moodle-which-are-waste", note: expect.stringMatching(/equal shares of 50\.0%.*40%, 40%, 0%, and the right ones do not add up to 100%/) }]);
  });

  it("maps true/false feedback as Moodle reads it: the first on a wrong answer, the second on a right one", () => {
    // {T#wrong#right}: answering true is right.
    const pull = as(byId("lean-moodle-pull"), "true-false");
    expect(pull.answer).toBe(true);
    expect(pull.explanation).toBe("Right: the signal comes from downstream.");
    expect(pull.falseExplanation).toBe("Pull starts with the customer.");
    // {FALSE#wrong#right####general}: answering true is wrong.
    const push = as(byId("lean-moodle-push"), "true-false");
    expect(push.answer).toBe(false);
    expect(push.explanation).toBe("A supermarket is a pull device.\n\nSupermarkets hold a set amount, refilled when used.");
    expect(push.falseExplanation).toBe("Right, it is pull.");
  });

  it("maps numeric answers with a tolerance, a range, or several answers of which one is fully right", () => {
    expect(byId("lean-moodle-takt")).toMatchObject({ answer: 2, tolerance: 0.01, explanation: "480 / 240 = 2 minutes per unit." });
    // {#1..5}: midpoint 3, half-width 2.
    expect(byId("lean-moodle-range")).toMatchObject({ answer: 3, tolerance: 2 });
    expect(byId("lean-moodle-partial-numeric")).toMatchObject({ answer: 60, tolerance: 1 });
    expect(sample.notes).toContainEqual({ line: 41, id: "lean-moodle-partial-numeric", note: expect.stringMatching(/1 partly correct answer\(s\) dropped/) });
    // Binary arithmetic would make (3.141 + 3.142) / 2 = 3.1414999999999997.
    const [pi] = parseGift("Pi to three places? {#3.141..3.142####It is 3.14159…}", defaults).questions;
    expect(pi).toMatchObject({ answer: 3.1415, tolerance: 0.0005 });
  });

  it("maps matching pairs", () => {
    const q = as(byId("lean-moodle-5s"), "matching");
    expect(q.pairs.map((p) => `${p.prompt}=${p.match}`)).toEqual(["Seiri=Sort", "Seiton=Set in order", "Seiso=Shine", "Seiketsu=Standardize", "Shitsuke=Sustain"]);
    expect(q.pairs[0]!.explanation).toBe("The five S of workplace organisation.");
  });

  it("converts the HTML of a Moodle export, option texts and feedback included", () => {
    const q = as(byId("lean-moodle-html"), "single");
    expect(q.tags).toEqual(["moodle-export"]);
    expect(q.stem).toBe("Which is a **waste** in *Ohno's* sense?");
    expect(q.explanation).toBe("See [the list](https://example.org/muda).");
    expect(q.options).toEqual([
      { text: "Overproduction", correct: true, explanation: "Yes: it hides the others." },
      { text: "Kaizen & 5S", explanation: "They remove waste." },
    ]);
  });

  it("maps a short answer only when its accepted answer is a number", () => {
    expect(byId("lean-moodle-pieces")).toMatchObject({ type: "numeric", answer: 1, tolerance: 0, explanation: "Counted in whole units." });
  });
});

describe("parseGift", () => {
  it("reports a syntax error at its own line inside a multi-line item, and goes on with the next item", () => {
    const source = ["::A::Which? {", "=Yes", "~No # bad", "~%abc%Maybe", "}", "", "::B::True? {T####Because.}"].join("\n");
    const { questions, skipped } = parseGift(source, defaults);
    expect(skipped).toEqual([{ line: 4, reason: expect.stringMatching(/^GIFT syntax error/) }]);
    expect(questions.map((q) => q.id)).toEqual(["lean-moodle-b"]);
  });

  it("reads Windows line endings and a byte-order mark to the same lines", () => {
    const crlf = parseGift(`\uFEFF${fixture.replace(/\n/g, "\r\n")}`, defaults);
    expect(crlf.skipped.map((s) => s.line)).toEqual(sample.skipped.map((s) => s.line));
    expect(crlf.questions).toEqual(sample.questions);
    expect(parseGift("\uFEFF::Muda::Is muda waste? {T####Yes.}", defaults)).toMatchObject({ questions: [{ id: "lean-moodle-muda" }], skipped: [] });
  });

  it("makes unique slug ids from the title, else the stem, avoiding ids already taken", () => {
    const source = "::Waste::One? {T####x.}\n\n::Waste::Two? {T####x.}\n\nWhat is the ratio of value-adding time to lead time in a typical process? {#3:1####x.}";
    const { questions } = parseGift(source, { ...defaults, takenIds: ["lean-moodle-waste"] });
    expect(questions.map((q) => q.id)).toEqual(["lean-moodle-waste-2", "lean-moodle-waste-3", "lean-moodle-what-is-the-ratio-of-value-adding-time-to-lead"]);
    // Without a title, from the stem as it reads, not its markup.
    expect(parseGift("[html]<p>Is <b>muda</b> waste?</p>{T####Yes.}", defaults).questions[0]!.id).toBe("lean-moodle-is-muda-waste");
    // An item skipped once its id was chosen (the schema refuses it) does not use the id up.
    const skipping = parseGift("::Waste::Few pairs? {=a -> 1 =b -> 2 ####x.}\n\n::Waste::One? {T####x.}", defaults);
    expect(skipping.questions.map((q) => q.id)).toEqual(["lean-moodle-waste"]);
  });

  it("uses the caller's target, domain, difficulty and module", () => {
    const [q] = parseGift("Is muda waste? {T####It is.}", { ...defaults, difficulty: 2, module: "lean-foundations/waste" }).questions;
    expect(q).toMatchObject({ target: "LEAN", domain: "value-and-waste", difficulty: 2, module: "lean-foundations/waste" });
  });

  it("keeps [markdown] text and escapes what markdown would misread in plain text", () => {
    const { questions } = parseGift("[markdown]Is **muda** waste? {T####It *is*.}\n\nIs 2 * 3 * 4 equal to 24 [yes or no]? {T####<b> is not bold here.}", defaults);
    expect(questions[0]!.stem).toBe("Is **muda** waste?");
    expect(questions[0]!.explanation).toBe("It *is*.");
    expect(questions[1]!.stem).toBe("Is 2 \\* 3 \\* 4 equal to 24 \\[yes or no\\]?");
    expect(questions[1]!.explanation).toBe("\\<b\\> is not bold here.");
  });

  it("notes a negative weight on a single-answer option, which earns 0 here", () => {
    const { questions, notes } = parseGift("Which? {=Right ~%-50%Costly ~Plain ####Because.}", defaults);
    expect(questions[0]).toMatchObject({ type: "single", options: [{ correct: true }, { text: "Costly" }, { text: "Plain" }] });
    expect(notes).toEqual([{ line: 1, id: "lean-moodle-which", note: 'option "Costly" has weight -50%; a wrong option earns 0 here' }]);
  });

  it("reports what the bank's schema refuses, with the field", () => {
    const { skipped } = parseGift("Too few pairs? {=a -> 1 =b -> 2 ####x.}", defaults);
    expect(skipped).toEqual([{ line: 1, reason: expect.stringMatching(/^pairs: /) }]);
  });

  it("skips matching with extra answers and multiple answer with one right option", () => {
    const { skipped } = parseGift("Match? {=a -> 1 =b -> 2 =c -> 3 = -> 4 ####x.}\n\nPick? {~%100%a ~b ~c ####x.}", defaults);
    expect(skipped.map((s) => s.reason)).toEqual([
      expect.stringMatching(/matches without a prompt/),
      expect.stringMatching(/needs at least two options with a positive weight/),
    ]);
  });

  it("takes an empty file or comments alone as nothing to import", () => {
    expect(parseGift("", defaults)).toEqual({ questions: [], skipped: [], notes: [] });
    expect(parseGift("// just a note\n\n\n// another", defaults)).toEqual({ questions: [], skipped: [], notes: [] });
  });

  it("refuses an id prefix that is not a slug", () => {
    expect(() => parseGift("", { ...defaults, idPrefix: "Lean Moodle" })).toThrow(RangeError);
  });
});
