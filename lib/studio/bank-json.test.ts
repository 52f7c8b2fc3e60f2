import path from "node:path";
import { describe, expect, it } from "vitest";
import type { QuestionSource } from "@/lib/assessment/question-schema";
import { CONTENT_ROOT, loadContent } from "@/lib/content/load";
import { loadQuestionBank } from "@/lib/content/question-bank";
import { domainsByTarget, loadTargets } from "@/lib/content/targets";
import { BANK_FORMAT, COURSE_FORMAT, EXPORT_VERSION, courseFromContent, exportBank, exportCourse, importBank, importCourse, type KnownCatalogue, type PortableCourse } from "./bank-json";

const bank = loadQuestionBank();
const courses = loadContent(CONTENT_ROOT).flatMap((t) => t.courses);
const known: KnownCatalogue = {
  domains: domainsByTarget(loadTargets(path.join(CONTENT_ROOT, "targets.yaml"))),
  modules: new Set(courses.flatMap((c) => c.modules.map((m) => `${c.slug}/${m.slug}`))),
};

const single = (id: string): QuestionSource => ({
  id,
  type: "single",
  target: "LEAN",
  domain: "value-and-waste",
  difficulty: 2,
  tags: ["muda"],
  stem: "Which is a waste?",
  explanation: "Overproduction is one of the seven.",
  options: [
    { text: "Overproduction", correct: true, explanation: "One of the seven." },
    { text: "Kaizen", explanation: "Kaizen removes waste." },
  ],
});
const bankJson = (questions: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ format: BANK_FORMAT, version: EXPORT_VERSION, questions, ...extra });
const errorsOf = <T>(result: { ok: true; value: T } | { ok: false; errors: unknown[] }) => (result.ok ? [] : result.errors);

describe("question bank JSON", () => {
  it("round-trips the whole shipped bank without loss", () => {
    expect(bank.length).toBeGreaterThan(500);
    const json = exportBank(bank);
    expect(JSON.parse(json)).toMatchObject({ format: BANK_FORMAT, version: EXPORT_VERSION });
    const back = importBank(json, known);
    expect(errorsOf(back)).toEqual([]);
    expect(back.ok && back.value).toStrictEqual(bank);
  });

  it("reports every field-level problem with its path and the question's id", () => {
    const broken = [
      single("lean-ok-001"),
      { ...single("lean-bad-002"), explanation: "" },
      { ...single("lean-bad-003"), options: [{ text: "Only", correct: true, explanation: "x" }] },
      { ...single("lean-bad-004"), difficulty: 9 },
    ];
    expect(errorsOf(importBank(bankJson(broken)))).toEqual([
      { path: "questions[1].explanation", id: "lean-bad-002", message: expect.any(String) },
      { path: "questions[2].options", id: "lean-bad-003", message: expect.any(String) },
      { path: "questions[3].difficulty", id: "lean-bad-004", message: expect.any(String) },
    ]);
  });

  it("refuses duplicate ids, and targets, domains and modules the site does not have", () => {
    const questions = [
      single("lean-a-001"),
      single("lean-a-001"),
      { ...single("lean-a-002"), target: "NOPE" },
      { ...single("lean-a-003"), domain: "nope" },
      { ...single("lean-a-004"), module: "lean-fundamentals/nope" },
    ];
    expect(errorsOf(importBank(bankJson(questions), known))).toEqual([
      { path: "questions[1].id", id: "lean-a-001", message: "the id is also used by questions[0]" },
      { path: "questions[2].target", id: "lean-a-002", message: 'unknown certification target "NOPE"' },
      { path: "questions[3].domain", id: "lean-a-003", message: 'unknown LEAN domain "nope"' },
      { path: "questions[4].module", id: "lean-a-004", message: 'unknown module "lean-fundamentals/nope"' },
    ]);
    // Without a catalogue only the file's own consistency is checked.
    expect(errorsOf(importBank(bankJson(questions.slice(2))))).toEqual([]);
  });

  it("refuses what is not a bank file of this version", () => {
    expect(errorsOf(importBank("{ not json"))).toEqual([{ path: "", message: expect.stringMatching(/^not valid JSON/) }]);
    expect(errorsOf(importBank(bankJson([], { version: 2 })))).toEqual([{ path: "version", message: `this site reads version ${EXPORT_VERSION} of the format` }]);
    expect(errorsOf(importBank(bankJson([], { format: COURSE_FORMAT })))).toEqual([{ path: "format", message: `not a ${BANK_FORMAT} file` }]);
    expect(errorsOf(importBank(bankJson([], { extra: true })))).toEqual([{ path: "", message: expect.stringMatching(/extra/) }]);
    expect(errorsOf(importBank("[]"))).toEqual([{ path: "", message: expect.any(String) }]);
  });
});

describe("course JSON", () => {
  it.each(courses.map((c) => [c.slug, c] as const))("round-trips %s without loss", (_slug, course) => {
    const portable = courseFromContent(course);
    const back = importCourse(exportCourse(portable), known);
    expect(errorsOf(back)).toEqual([]);
    expect(back.ok && back.value).toStrictEqual(portable);
    // Only the loader's file paths, derived counts and the course's place in its track are left out.
    const { order: _order, modules, ...meta } = course;
    expect(portable).toStrictEqual({
      ...meta,
      modules: modules.map((m) => ({ ...m, lessons: m.lessons.map(({ file: _file, wordCount: _words, hasExample: _example, hasExercise: _exercise, ...lesson }) => lesson) })),
    });
  });

  const sample = (): PortableCourse => courseFromContent(courses[0]!);
  const courseJson = (course: unknown) => JSON.stringify({ format: COURSE_FORMAT, version: EXPORT_VERSION, course });

  it("reports field-level problems with the path and the slug of the lesson or module", () => {
    const course = sample();
    const [first, second] = course.modules;
    const broken = {
      ...course,
      level: "Expert",
      modules: [
        { ...first!, lessons: [first!.lessons[0]!, { ...first!.lessons[1]!, minutes: 0 }, ...first!.lessons.slice(2)] },
        { ...second!, title: "" },
        ...course.modules.slice(2),
      ],
    };
    expect(errorsOf(importCourse(courseJson(broken)))).toEqual([
      { path: "course.level", message: expect.any(String) },
      { path: "course.modules[0].lessons[1].minutes", id: first!.lessons[1]!.slug, message: expect.any(String) },
      { path: "course.modules[1].title", id: second!.slug, message: expect.any(String) },
    ]);
  });

  it("refuses duplicate module and lesson slugs, and certification domains the site does not have", () => {
    const course = sample();
    const [first, second] = course.modules;
    const broken: PortableCourse = {
      ...course,
      certifications: [{ ...course.certifications[0]!, domains: ["nope"] }],
      modules: [first!, { ...second!, slug: first!.slug, lessons: [{ ...second!.lessons[0]!, slug: first!.lessons[0]!.slug }] }],
    };
    expect(errorsOf(importCourse(courseJson(broken), known))).toEqual([
      { path: "course.certifications[0].domains[0]", message: `unknown ${course.certifications[0]!.target} domain "nope"` },
      { path: "course.modules[1].slug", id: first!.slug, message: "the slug is also used by course.modules[0]" },
      { path: "course.modules[1].lessons[0].slug", id: first!.lessons[0]!.slug, message: "the slug is also used by course.modules[0].lessons[0]" },
    ]);
  });

  it("refuses a bank file given as a course", () => {
    expect(errorsOf(importCourse(exportBank([])))).toContainEqual({ path: "format", message: `not a ${COURSE_FORMAT} file` });
  });
});
