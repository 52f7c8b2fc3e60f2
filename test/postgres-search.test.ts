// PostgreSQL's full-text search path (run by `npm run test:pg`): the GIN-indexed tsvector
// columns follow every write, match stems, rank titles first and leave unpublished lessons out.
import { describe, expect, inject, it } from "vitest";
import { searchCatalog } from "@/lib/data/search/search-catalog";
import { signInAs, testDb } from "./helpers";

describe.runIf(inject("postgres"))("search on PostgreSQL", () => {
  it("finds a just-edited lesson by a word's stem, highlights it, and drops it when unpublished", async () => {
    await signInAs("learner");
    const lesson = await testDb.lesson.findFirstOrThrow({ where: { slug: "what-a-process-manager-does" }, select: { id: true, title: true, body: true } });
    await testDb.lesson.update({ where: { id: lesson.id }, data: { body: `${lesson.body}\n\nQuokkas gathering by the gemba.` } });
    const hits = await searchCatalog("quokka gathered");
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ id: `lesson:${lesson.id}`, title: lesson.title, kind: "lesson" });
    expect(hits[0]!.snippet.filter((s) => s.match).map((s) => s.text)).toEqual(["Quokkas", "gathering"]);
    await testDb.lesson.update({ where: { id: lesson.id }, data: { publishedAt: null } });
    expect(await searchCatalog("quokka")).toEqual([]);
  });

  it("ranks a title match above body matches and uses the GIN index", async () => {
    await signInAs("learner");
    const course = await testDb.course.findFirstOrThrow({ where: { published: true }, select: { title: true } });
    const hits = await searchCatalog(course.title);
    expect(hits[0]!.title).toBe(course.title);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
    const plan = await testDb.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN SELECT "id" FROM "Lesson" WHERE "search" @@ websearch_to_tsquery('english', 'gemba')`);
    });
    expect(plan.map((r) => r["QUERY PLAN"]).join("\n")).toMatch(/Lesson_search_idx/);
  });
});
