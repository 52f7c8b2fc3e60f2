import { parse, stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { loadQuestionBank } from "@/lib/content/question-bank";
import { emptyItem, emptyOption, emptyPair, formErrors, formOf, keyOnly, sourceOf, weightsFor, type QuestionForm } from "./question-form";
import { parseGift } from "./gift";
import { QUESTION_TYPES, questionTemplate } from "./question-templates";

const bank = loadQuestionBank();
// The editor opens a saved question as the studio writes it (lib/data/studio/question-source.ts).
const toYaml = (q: unknown) => stringify(q, { lineWidth: 0 });

function open(source: string): QuestionForm {
  const opened = formOf(source);
  if (!opened.ok) throw new Error(opened.problem);
  return opened.form;
}
const template = (type: (typeof QUESTION_TYPES)[number]["value"]) => open(toYaml(questionTemplate(type, "LEAN", "value-and-waste")));

describe("question form round trip", () => {
  it("opens every item of the shipped bank in the form and writes it back unchanged", () => {
    expect(new Set(bank.map((q) => q.type)).size).toBe(6);
    const changed = bank.filter((q) => {
      const source = toYaml(q);
      const opened = formOf(source);
      return !opened.ok || sourceOf(opened.form) !== source;
    });
    expect(changed.map((q) => q.id)).toEqual([]);
  });

  it("keeps a hand-written source's meaning, whatever its key order and missing tags", () => {
    const source = "type: ordering\nid: x-1\ntarget: LEAN\ndomain: flow\ndifficulty: 2\nstem: Order?\nexplanation: Because.\nitems: [a, b, c]\n";
    expect(parse(sourceOf(open(source)))).toEqual({ ...parse(source), tags: [] });
  });

  it("opens every type's template in the form, valid", () => {
    for (const { value } of QUESTION_TYPES) expect(formErrors(template(value))).toEqual({});
  });

  it("sends source the form cannot write back exactly to the YAML view, with the reason", () => {
    expect(formOf("id: [unclosed")).toMatchObject({ ok: false, problem: expect.stringMatching(/^The YAML does not parse/) });
    expect(formOf("- id: a\n- id: b\n")).toMatchObject({ ok: false });
    expect(formOf("type: essay\nstem: Why?\n")).toMatchObject({ ok: false, problem: expect.stringMatching(/type must be one of/) });
    const extra = formOf(`${toYaml(questionTemplate("single", "LEAN", "flow"))}hint: a field the form has no place for\n`);
    expect(extra).toMatchObject({ ok: false, problem: expect.stringMatching(/hint/) });
    const quotedNumber = toYaml({ ...questionTemplate("numeric", "LEAN", "flow"), answer: "1.5" });
    expect(formOf(quotedNumber)).toMatchObject({ ok: false, problem: expect.stringMatching(/answer/) });
  });
});

describe("question form edits", () => {
  it("common fields: tags, task and module are written when given, left out when cleared", () => {
    const f = { ...template("single"), tags: " muda, flow ,", task: "Map the stream", module: "lean-basics/waste", difficulty: "5" };
    expect(parse(sourceOf(f))).toMatchObject({ tags: ["muda", "flow"], task: "Map the stream", module: "lean-basics/waste", difficulty: 5 });
    const cleared = parse(sourceOf({ ...f, tags: "", task: " ", module: "" }));
    expect(cleared.tags).toEqual([]);
    expect(cleared).not.toHaveProperty("task");
    expect(cleared).not.toHaveProperty("module");
    expect(formErrors({ ...f, tags: "Muda", stem: " ", difficulty: "6", module: "waste" })).toEqual({
      tags: "Tags are lowercase words and hyphens, separated by commas.",
      stem: "Fill this in.",
      difficulty: "Use at most 5.",
      module: "Use <course-slug>/<module-slug>.",
    });
  });

  it("single: moves the key, gives partial credit, adds and removes options", () => {
    const f = template("single");
    const options = [...keyOnly(f.options, 2), { ...emptyOption(), text: "A fifth action", explanation: "Why not.", credit: "0.5" }];
    const written = parse(sourceOf({ ...f, options }));
    expect(written.options.map((o: { correct?: boolean }) => o.correct ?? false)).toEqual([false, false, true, false, false]);
    expect(written.options[4]).toEqual({ text: "A fifth action", credit: 0.5, explanation: "Why not." });
    expect(formErrors({ ...f, options: f.options.map((o) => ({ ...o, correct: false })) })).toEqual({ options: "A single-choice question has exactly one fully correct option." });
    expect(formErrors({ ...f, options: [...options.slice(0, 4), emptyOption()] })).toEqual({ "options.4.text": "Fill this in.", "options.4.explanation": "Fill this in." });
    expect(formErrors({ ...f, options: [f.options[0]!] })).toEqual({ options: "Add at least 2." });
    expect(formErrors({ ...f, options: options.map((o, i) => (i === 1 ? { ...o, credit: "half" } : o)) })).toEqual({ "options.1.credit": "Enter a number." });
  });

  it("multiple: keys several options and switches the scoring", () => {
    const f = template("multiple");
    const options = f.options.map((o, i) => ({ ...o, correct: i < 3 }));
    const written = parse(sourceOf({ ...f, options, scoring: "all-or-nothing" }));
    expect(written.scoring).toBe("all-or-nothing");
    expect(written.options.filter((o: { correct?: boolean }) => o.correct)).toHaveLength(3);
    expect(formErrors({ ...f, options: f.options.map((o, i) => ({ ...o, correct: i === 0 })) })).toEqual({ options: "A multiple-response question has at least two correct options." });
    expect(formErrors({ ...f, options: f.options.map((o) => ({ ...o, correct: true })) })).toEqual({ options: "At least one option must be wrong." });
  });

  it("multiple with weights (as GIFT imports them): opens losslessly, edits each option's weight, and checks them", () => {
    const gift = "::Uneven::Which are value-adding steps? {~%70%Machining#Shapes the part. ~%30%Assembly#Joins it. ~%-50%Inspection#Finds defects. ~Storage#Waits. ####Only steps the customer pays for.}";
    const imported = parseGift(gift, { idPrefix: "lean-x", target: "LEAN", domain: "value-and-waste" }).questions[0]!;
    const source = toYaml(imported);
    const f = open(source);
    expect(f.scoring).toBe("weighted");
    expect(f.options.map((o) => o.credit)).toEqual(["0.7", "0.3", "-0.5", "0"]);
    expect(sourceOf(f)).toBe(source);
    expect(formErrors(f)).toEqual({});

    const options = f.options.map((o, i) => ({ ...o, credit: ["0.6", "0.4", "-0.25", "0"][i]! }));
    expect(parse(sourceOf({ ...f, options })).options.map((o: { credit: number }) => o.credit)).toEqual([0.6, 0.4, -0.25, 0]);
    expect(formErrors({ ...f, options: options.map((o, i) => (i === 1 ? { ...o, credit: "0.2" } : o)) })).toEqual({ options: "The correct options' weights add up to 1 (they add up to 0.8)." });
    expect(formErrors({ ...f, options: options.map((o, i) => (i === 3 ? { ...o, credit: "0.1" } : o)) })).toMatchObject({ "options.3.credit": "A wrong option's weight is 0 or below." });
    expect(formErrors({ ...f, options: options.map((o, i) => (i === 2 ? { ...o, credit: "" } : o)) })).toEqual({ "options.2.credit": "Weighted scoring gives every option a weight." });
    expect(formErrors({ ...f, scoring: "partial" })).toMatchObject({ "options.0.credit": "A weight per option needs weighted scoring." });
    expect(formErrors({ ...f, scoring: "partial", options: f.options.map((o) => ({ ...o, credit: "" })) })).toEqual({});
  });

  it("multiple: switching to weighted starts from equal shares, switching away drops the weights", () => {
    const f = template("multiple");
    const keyed = f.options.map((o, i) => ({ ...o, correct: i < 3 }));
    const weights = weightsFor(keyed, "weighted");
    expect(weights).toEqual(["0.333333", "0.333333", "0.333333", "-0.333333", "-0.333333"]);
    const weighted = { ...f, scoring: "weighted" as const, options: keyed.map((o, i) => ({ ...o, credit: weights[i]! })) };
    expect(formErrors(weighted)).toEqual({});
    expect(weightsFor(weighted.options.map((o, i) => (i === 0 ? { ...o, credit: "0.5" } : o)), "weighted")[0]).toBe("0.5");
    expect(weightsFor(weighted.options, "partial")).toEqual(["", "", "", "", ""]);
  });

  it("true-false: flips the answer and keeps both explanations", () => {
    const f = { ...template("true-false"), answer: "false", explanation: "True is wrong because…", falseExplanation: "False is right because…" };
    expect(parse(sourceOf(f))).toMatchObject({ answer: false, explanation: "True is wrong because…", falseExplanation: "False is right because…" });
    expect(formErrors({ ...f, falseExplanation: "" })).toEqual({ falseExplanation: "Fill this in." });
  });

  it("numeric: answer, tolerance and an optional unit", () => {
    const f = { ...template("numeric"), answer: "12.5", tolerance: "0.1", unit: "minutes" };
    expect(parse(sourceOf(f))).toMatchObject({ answer: 12.5, tolerance: 0.1, unit: "minutes" });
    expect(parse(sourceOf({ ...f, unit: "" }))).not.toHaveProperty("unit");
    expect(formErrors({ ...f, answer: "", tolerance: "-1" })).toEqual({ answer: "Enter a number.", tolerance: "Use at least 0." });
    expect(formErrors({ ...f, answer: "twelve" })).toEqual({ answer: "Enter a number." });
  });

  it("matching: adds, removes and checks pairs", () => {
    const f = template("matching");
    const pairs = [...f.pairs, { prompt: "Fourth term", match: "A fourth meaning", explanation: "Why." }];
    expect(parse(sourceOf({ ...f, pairs })).pairs).toHaveLength(4);
    expect(formErrors({ ...f, pairs: pairs.slice(1) })).toEqual({});
    expect(formErrors({ ...f, pairs: pairs.slice(2) })).toEqual({ pairs: "Add at least 3." });
    expect(formErrors({ ...f, pairs: [...f.pairs, { ...emptyPair(), prompt: "x", match: f.pairs[0]!.match, explanation: "y" }] })).toEqual({ pairs: "Matches must be distinct." });
  });

  it("ordering: moves, adds and checks items", () => {
    const f = template("ordering");
    const [a, b, c] = f.items;
    expect(parse(sourceOf({ ...f, items: [b!, a!, c!] })).items).toEqual(["The second step", "The first step", "The third step"]);
    expect(formErrors({ ...f, items: [...f.items, emptyItem()] })).toEqual({ "items.3.text": "Fill this in." });
    expect(formErrors({ ...f, items: [a!, a!, c!] })).toEqual({ items: "Items must be distinct." });
  });
});
