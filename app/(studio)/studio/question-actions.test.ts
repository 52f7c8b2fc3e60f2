import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { form, signInAs, testDb } from "@/test/helpers";
import { actAs } from "@/test/session";
import { getStudioQuestion } from "@/lib/data/studio/get-studio-question";
import { exportQuestions } from "@/lib/data/studio/export-questions";
import { questionTemplate } from "@/lib/studio/question-templates";
import { importQuestionsAction, saveQuestionAction } from "./actions";

const idle = { status: "idle" } as const;

/** An instructor who authors the shipped Lean course, so may write LEAN questions. */
async function leanAuthor() {
  const instructor = await signInAs("instructor");
  const course = await testDb.course.findFirstOrThrow({ where: { slug: "lean-fundamentals" }, select: { id: true } });
  await testDb.courseAuthor.create({ data: { courseId: course.id, userId: instructor.id, owner: true } });
  return instructor;
}

const newQuestion = (id: string) => stringify({ ...questionTemplate("single", "LEAN", "value-and-waste"), id });

describe("the question editor", () => {
  it("saves a new question, then makes a new version only when what learners see changes; old attempts keep their version", async () => {
    const author = await leanAuthor();
    const saved = await saveQuestionAction(idle, form({ questionId: "", source: newQuestion("lean-studio-waste-001") }));
    expect(saved).toMatchObject({ status: "success", message: expect.stringContaining("Saved as a new version.") });
    const question = await testDb.question.findUniqueOrThrow({ where: { key: "lean-studio-waste-001" }, select: { id: true, authorId: true, versions: { select: { id: true, version: true } } } });
    expect(question).toMatchObject({ authorId: author.id, versions: [{ version: 1 }] });

    // A learner's attempt drew version 1.
    const learner = await testDb.user.create({ data: { name: "L", email: `l-${Date.now()}@t.example`, role: "learner" }, select: { id: true } });
    const attempt = await testDb.attempt.create({ data: { userId: learner.id, mode: "quiz", status: "submitted" }, select: { id: true } });
    await testDb.attemptItem.create({ data: { attemptId: attempt.id, position: 0, questionId: question.id, questionVersionId: question.versions[0]!.id, domain: "value-and-waste", credit: 1, correct: true } });

    const unchanged = await saveQuestionAction(idle, form({ questionId: question.id, source: newQuestion("lean-studio-waste-001") }));
    expect(unchanged.message).toContain("No change to what learners see");
    const edited = newQuestion("lean-studio-waste-001").replace("A scenario in two or three sentences.", "A changed scenario.");
    expect(await saveQuestionAction(idle, form({ questionId: question.id, source: edited }))).toMatchObject({ status: "success" });

    const view = await getStudioQuestion(question.id);
    expect(view?.history.map((v) => [v.version, v.answered])).toEqual([
      [2, 0],
      [1, 1],
    ]);
    expect(view?.yaml).toContain("A changed scenario.");
    const item = await testDb.attemptItem.findFirstOrThrow({ where: { attemptId: attempt.id }, select: { questionVersion: { select: { version: true, stem: true } } } });
    expect(item.questionVersion).toMatchObject({ version: 1, stem: expect.stringContaining("A scenario in two or three sentences.") });
  });

  it("refuses unreadable YAML, an invalid question, a changed id and a bank the instructor does not write for, with the reason beside the source", async () => {
    await leanAuthor();
    const before = await testDb.question.count();
    const cases: [string, string][] = [
      ["type: single\n  stem: [unclosed", "The YAML does not parse"],
      [stringify({ ...questionTemplate("single", "LEAN", "value-and-waste"), options: [] }), "Check the question: options"],
      [stringify({ ...questionTemplate("single", "LEAN", "no-such-domain"), id: "lean-x-1" }), "“no-such-domain” is not a LEAN domain"],
      [stringify({ ...questionTemplate("single", "PMP", "people"), id: "pmp-x-1" }), "You may not write questions for “PMP”."],
      [stringify({ ...questionTemplate("single", "LEAN", "value-and-waste"), id: "lean-x-2", module: "pmp-exam-prep/people" }), "is not a module of a course you author"],
    ];
    for (const [source, reason] of cases) {
      const state = await saveQuestionAction(idle, form({ questionId: "", source }));
      expect(state.status).toBe("error");
      expect(state.fieldErrors?.source).toContain(reason);
    }
    const shipped = await testDb.question.findFirstOrThrow({ where: { target: { code: "LEAN" }, moduleId: { not: null }, module: { course: { slug: "lean-fundamentals" } } }, select: { id: true } });
    const view = await getStudioQuestion(shipped.id);
    const renamed = view!.yaml.replace(/^id: .*$/m, "id: lean-renamed-001");
    expect(await saveQuestionAction(idle, form({ questionId: shipped.id, source: renamed }))).toMatchObject({ status: "error", fieldErrors: { source: expect.stringContaining("Keep the id") } });
    expect(await testDb.question.count()).toBe(before);
  });

  it("lets another instructor neither read nor save a question they have no right to, and lets a granted bank in", async () => {
    await leanAuthor();
    await saveQuestionAction(idle, form({ questionId: "", source: newQuestion("lean-studio-private-001") }));
    const mine = await testDb.question.findUniqueOrThrow({ where: { key: "lean-studio-private-001" }, select: { id: true, targetId: true } });

    const other = await signInAs("instructor");
    expect(await getStudioQuestion(mine.id)).toBeNull();
    const overwrite = newQuestion("lean-studio-private-001").replace("A scenario", "Hijacked");
    expect(await saveQuestionAction(idle, form({ questionId: mine.id, source: overwrite }))).toMatchObject({ status: "error" });
    expect(await saveQuestionAction(idle, form({ questionId: "", source: overwrite }))).toMatchObject({ status: "error" });
    expect(await testDb.questionVersion.count({ where: { questionId: mine.id } })).toBe(1);
    expect(await exportQuestions("LEAN")).toBeNull();

    await testDb.bankGrant.create({ data: { targetId: mine.targetId, userId: other.id } });
    actAs(other);
    expect((await getStudioQuestion(mine.id))?.key).toBe("lean-studio-private-001");
  });
});

describe("importing and exporting banks", () => {
  it("previews a GIFT file, lists the bad item with its line, then imports the rest at once", async () => {
    await leanAuthor();
    const gift = [
      "// question: 1",
      "::Takt::What is takt time? {",
      "  =The available time divided by customer demand #Right, takt paces work to demand.",
      "  ~The longest cycle time #That is the bottleneck.",
      "  ~The lead time #Lead time is the whole wait.",
      "}",
      "",
      "::Broken::This item never closes {",
      "  =An answer",
      "",
      "::Five S::Sort comes before Set in order in 5S.{TRUE#Sort first removes what is not needed.#It does, sort first.}",
    ].join("\n");
    const input = { format: "gift", target: "LEAN", domain: "value-and-waste", text: gift };
    const before = await testDb.question.count();
    const preview = await importQuestionsAction(idle, form({ ...input, intent: "preview" }));
    expect(preview.status).toBe("success");
    expect(preview.data?.items.map((i) => i.id)).toEqual(["lean-gift-takt", "lean-gift-five-s"]);
    expect(preview.data?.skipped).toEqual([{ line: 9, reason: expect.stringContaining("GIFT syntax error") }]);
    expect(await testDb.question.count()).toBe(before);

    const imported = await importQuestionsAction(idle, form({ ...input, intent: "import" }));
    expect(imported).toMatchObject({ status: "success", message: "Imported: 2 new, 0 changed, 0 unchanged; 1 skipped." });
    expect(await testDb.question.count()).toBe(before + 2);
  });

  it("exports a bank as JSON and imports it back unchanged; a malformed file imports nothing", async () => {
    await leanAuthor();
    await saveQuestionAction(idle, form({ questionId: "", source: newQuestion("lean-studio-roundtrip-001") }));
    const json = await exportQuestions("LEAN");
    expect(JSON.parse(json!).questions.map((q: { id: string }) => q.id)).toContain("lean-studio-roundtrip-001");
    const versions = await testDb.questionVersion.count();
    const again = await importQuestionsAction(idle, form({ format: "json", text: json!, intent: "import" }));
    expect(again.status).toBe("success");
    expect(again.data?.counts).toMatchObject({ created: 0, versioned: 0 });
    expect(await testDb.questionVersion.count()).toBe(versions);

    for (const text of ["{not json", JSON.stringify({ format: "kaizen-question-bank", version: 1, questions: [{ id: "x" }] }), JSON.stringify({ format: "something-else" })]) {
      const state = await importQuestionsAction(idle, form({ format: "json", text, intent: "import" }));
      expect(state).toMatchObject({ status: "error", fieldErrors: { text: expect.stringContaining("Nothing was imported") } });
    }
    expect(await testDb.questionVersion.count()).toBe(versions);
  });
});
