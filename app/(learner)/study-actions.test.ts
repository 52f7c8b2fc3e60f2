import { beforeAll, describe, expect, it } from "vitest";
import { actAs } from "@/test/session";
import { expectInterrupt, FORBIDDEN, form, signInAs, testDb, TO_SIGN_IN } from "@/test/helpers";
import { listLessonComments } from "@/lib/data/comments/list-lesson-comments";
import { getMyLessonStudy } from "@/lib/data/notes/get-my-lesson-study";
import { listMyStudyItems } from "@/lib/data/notes/list-my-study-items";
import { searchCatalog } from "@/lib/data/search/search-catalog";
import { bookmarkAction, deleteCommentAction, editCommentAction, hideCommentAction, postCommentAction, saveNoteAction } from "./study-actions";

const idle = { status: "idle" } as const;
let lessonId: string;
let otherLessonId: string;

beforeAll(async () => {
  const lessons = await testDb.lesson.findMany({ take: 2, orderBy: { id: "asc" }, select: { id: true } });
  lessonId = lessons[0]!.id;
  otherLessonId = lessons[1]!.id;
});

async function post(body: string, parentId?: string) {
  return postCommentAction(idle, form({ lessonId, body, ...(parentId ? { parentId } : {}) }));
}

describe("notes and bookmarks", () => {
  it("keep a learner's note private", async () => {
    await signInAs("learner");
    expect(await saveNoteAction(idle, form({ lessonId, body: "Takt = time / demand" }))).toMatchObject({ status: "success" });
    expect((await getMyLessonStudy(lessonId)).note).toBe("Takt = time / demand");
    expect((await listMyStudyItems()).notes[0]?.excerpt).toBe("Takt = time / demand");

    await signInAs("learner");
    expect((await getMyLessonStudy(lessonId)).note).toBe("");
    expect((await listMyStudyItems()).notes).toEqual([]);
  });

  it("refuse oversized notes and unknown lessons, writing nothing", async () => {
    const me = await signInAs("learner");
    expect((await saveNoteAction(idle, form({ lessonId, body: "x".repeat(10_001) }))).fieldErrors?.body).toMatch(/at most 10,000/);
    expect((await saveNoteAction(idle, form({ lessonId: "nope", body: "hi" }))).fieldErrors?.lessonId).toBe("That lesson does not exist.");
    expect(await testDb.lessonNote.count({ where: { userId: me.id } })).toBe(0);
  });

  it("bookmark and unbookmark a lesson", async () => {
    await signInAs("learner");
    await bookmarkAction(idle, form({ lessonId: otherLessonId, bookmarked: "true" }));
    await bookmarkAction(idle, form({ lessonId: otherLessonId, bookmarked: "true" }));
    expect((await listMyStudyItems()).bookmarks).toHaveLength(1);
    await bookmarkAction(idle, form({ lessonId: otherLessonId, bookmarked: "false" }));
    expect((await getMyLessonStudy(otherLessonId)).bookmarked).toBe(false);
  });

  it("are for signed-in people only", async () => {
    actAs(null);
    await expectInterrupt(saveNoteAction(idle, form({ lessonId, body: "x" })), TO_SIGN_IN);
    await expectInterrupt(bookmarkAction(idle, form({ lessonId, bookmarked: "true" })), TO_SIGN_IN);
  });
});

describe("lesson discussion", () => {
  it("threads replies one level deep and never exposes emails or author ids", async () => {
    const author = await signInAs("learner");
    await post("What does **takt** mean for a call centre?");
    const [question] = await listLessonComments(lessonId).then((c) => c.filter((x) => x.body?.includes("call centre")));
    await signInAs("learner");
    await post("Calls per hour divided into staffed minutes.", question!.id);
    const [reply] = (await listLessonComments(lessonId)).find((c) => c.id === question!.id)!.replies;
    await post("And a reply to the reply.", reply!.id);

    const thread = (await listLessonComments(lessonId)).find((c) => c.id === question!.id)!;
    expect(thread.replies.map((r) => r.body)).toEqual(["Calls per hour divided into staffed minutes.", "And a reply to the reply."]);
    const payload = JSON.stringify(await listLessonComments(lessonId));
    expect(payload).not.toContain(author.email);
    expect(payload).not.toContain(author.id);
  });

  it("lets authors edit and delete only their own comments", async () => {
    await signInAs("learner");
    await post("First draft");
    const mine = (await listLessonComments(lessonId)).find((c) => c.body === "First draft")!;
    expect(mine.canEdit).toBe(true);
    expect(await editCommentAction(idle, form({ commentId: mine.id, body: "Second draft" }))).toMatchObject({ status: "success" });

    await signInAs("learner");
    const theirs = (await listLessonComments(lessonId)).find((c) => c.id === mine.id)!;
    expect(theirs).toMatchObject({ body: "Second draft", edited: true, canEdit: false });
    expect((await editCommentAction(idle, form({ commentId: mine.id, body: "Hijacked" }))).fieldErrors?.commentId).toMatch(/your own/);
    expect((await deleteCommentAction(idle, form({ commentId: mine.id }))).fieldErrors?.commentId).toMatch(/your own/);
    expect((await testDb.comment.findUniqueOrThrow({ where: { id: mine.id } })).body).toBe("Second draft");
  });

  it("keeps a deleted comment's place in the thread but not its words", async () => {
    await signInAs("learner");
    await post("Regrettable remark");
    const c = (await listLessonComments(lessonId)).find((x) => x.body === "Regrettable remark")!;
    await deleteCommentAction(idle, form({ commentId: c.id }));
    const after = (await listLessonComments(lessonId)).find((x) => x.id === c.id)!;
    expect(after).toMatchObject({ state: "deleted", body: null, canEdit: false });
    expect((await testDb.comment.findUniqueOrThrow({ where: { id: c.id } })).body).toBe("");
  });

  it("lets instructors and admins hide a comment with a reason, and no one else", async () => {
    await signInAs("learner");
    await post("Buy cheap watches at spam.example");
    const spam = (await listLessonComments(lessonId)).find((x) => x.body?.includes("spam.example"))!;

    await signInAs("learner");
    await expectInterrupt(hideCommentAction(idle, form({ commentId: spam.id, hidden: "true", reason: "spam" })), FORBIDDEN);
    await signInAs("hr");
    await expectInterrupt(hideCommentAction(idle, form({ commentId: spam.id, hidden: "true", reason: "spam" })), FORBIDDEN);

    await signInAs("instructor");
    expect((await hideCommentAction(idle, form({ commentId: spam.id, hidden: "true" }))).fieldErrors?.reason).toBe("Give a reason for hiding the comment.");
    expect(await hideCommentAction(idle, form({ commentId: spam.id, hidden: "true", reason: "Advertising" }))).toMatchObject({ status: "success" });
    expect((await listLessonComments(lessonId)).find((x) => x.id === spam.id)).toMatchObject({ state: "hidden", hiddenReason: "Advertising", canModerate: true });

    await signInAs("learner");
    expect((await listLessonComments(lessonId)).find((x) => x.id === spam.id)).toMatchObject({ state: "hidden", body: null, hiddenReason: null });
  });

  it.each([
    [{ body: "" }, "body", "Write a comment."],
    [{ body: "   " }, "body", "Write a comment."],
    [{ body: "x".repeat(2001) }, "body", "Comments are at most 2,000 characters."],
    [{ body: "hi", lessonId: "no-such-lesson" }, "lessonId", "That lesson does not exist."],
    [{ body: "hi", parentId: "no-such-comment" }, "parentId", "The comment you replied to no longer exists."],
  ])("refuses bad input %# with a field message, writing nothing", async (values, field, message) => {
    const me = await signInAs("learner");
    const state = await postCommentAction(idle, form({ lessonId, ...values }));
    expect(state.fieldErrors?.[field as "body"]).toBe(message);
    expect(await testDb.comment.count({ where: { authorId: me.id } })).toBe(0);
  });

  it("stores script payloads as text; rendering escapes them", async () => {
    await signInAs("learner");
    await post('<script>alert("x")</script><img src=x onerror=alert(1)>');
    expect(await testDb.comment.count({ where: { body: { contains: "<script>" } } })).toBe(1);
  });

  it("throttles a learner who posts more than five comments a minute", async () => {
    const me = await signInAs("learner");
    for (let i = 0; i < 5; i++) expect(await post(`comment ${i}`)).toMatchObject({ status: "success" });
    const sixth = await post("one too many");
    expect(sixth.fieldErrors?.body).toMatch(/You're posting quickly\. Wait \d+ seconds/);
    expect(await testDb.comment.count({ where: { authorId: me.id } })).toBe(5);
  });
});

describe("searchCatalog", () => {
  it("finds a lesson by a phrase from its body and filters by track", async () => {
    await signInAs("learner");
    const lesson = await testDb.lesson.findFirstOrThrow({ where: { slug: "what-a-process-manager-does" }, select: { title: true } });
    const hits = await searchCatalog("sideways journey");
    expect(hits[0]).toMatchObject({ title: lesson.title, kind: "lesson" });
    expect(hits[0]!.snippet.some((s) => s.match && /sideways/i.test(s.text))).toBe(true);
    expect(await searchCatalog("sideways journey", "lean")).not.toContainEqual(expect.objectContaining({ title: lesson.title }));
  });
});
