import "server-only";
import { questionSchema, type QuestionSource } from "@/lib/assessment/question-schema";
import { toPayload } from "@/lib/assessment/to-payload";
import { contentHash } from "@/lib/content/question-hash";
import { randomOpaqueIds } from "@/lib/content/question-ids";
import { db } from "@/lib/db";
import { recordAudit } from "../audit/record-audit";
import type { Viewer } from "../viewer";
import { editableQuestions, writableModules, writableTargets } from "./question-access";

export type QuestionIssue = { id: string; message: string };
export type WriteOutcome = { created: number; versioned: number; unchanged: number; ids: string[] };

/** Why each item may not be written by this viewer, checked before anything is written. */
async function check(viewer: Viewer, items: QuestionSource[]) {
  const [targets, modules, existing] = await Promise.all([
    writableTargets(viewer),
    writableModules(viewer),
    db.question.findMany({
      where: { key: { in: items.map((q) => q.id) } },
      select: { id: true, key: true, target: { select: { code: true } }, versions: { orderBy: { version: "desc" }, take: 1, select: { version: true, contentHash: true } } },
    }),
  ]);
  const editable = new Set(
    (await db.question.findMany({ where: { id: { in: existing.map((q) => q.id) }, ...editableQuestions(viewer) }, select: { id: true } })).map((q) => q.id),
  );
  const byKey = new Map(existing.map((q) => [q.key, q]));
  const issues: QuestionIssue[] = [];
  const seen = new Set<string>();
  for (const q of items) {
    const found = byKey.get(q.id);
    const target = targets.find((t) => t.code === q.target);
    if (seen.has(q.id)) issues.push({ id: q.id, message: `The id “${q.id}” appears twice.` });
    seen.add(q.id);
    if (found && !editable.has(found.id)) issues.push({ id: q.id, message: `“${q.id}” is a question you may not edit.` });
    else if (found && found.target.code !== q.target) issues.push({ id: q.id, message: `“${q.id}” belongs to the ${found.target.code} bank; its target cannot change.` });
    else if (!target) issues.push({ id: q.id, message: `You may not write questions for “${q.target}”.` });
    else if (!target.domains.includes(q.domain)) issues.push({ id: q.id, message: `“${q.domain}” is not a ${q.target} domain (${target.domains.join(", ")}).` });
    if (q.module && !modules.has(q.module)) issues.push({ id: q.id, message: `“${q.module}” is not a module of a course you author.` });
  }
  return { issues, targets, modules, byKey };
}

/**
 * Writes questions from the studio (the editor, JSON and GIFT imports) all or
 * nothing: every item is checked first, and any problem writes none. A changed
 * item gets a new version; attempts keep grading against the version they drew.
 */
export async function writeQuestions(viewer: Viewer, raw: QuestionSource[], { dryRun = false } = {}): Promise<{ ok: true; outcome: WriteOutcome } | { ok: false; issues: QuestionIssue[] }> {
  const items = raw.map((q) => questionSchema.parse(q));
  const { issues, targets, modules, byKey } = await check(viewer, items);
  if (issues.length) return { ok: false, issues };
  const outcome: WriteOutcome = { created: 0, versioned: 0, unchanged: 0, ids: [] };
  const plans = items.map((q) => {
    const found = byKey.get(q.id);
    const hash = contentHash(q);
    const kind = !found ? "create" : found.versions[0]?.contentHash === hash ? "unchanged" : "version";
    outcome[kind === "create" ? "created" : kind === "version" ? "versioned" : "unchanged"]++;
    return { q, found, hash, kind };
  });
  if (dryRun) return { ok: true, outcome };
  const now = new Date();
  await db.$transaction(
    async (tx) => {
      for (const { q, found, hash, kind } of plans) {
        const meta = {
          targetId: targets.find((t) => t.code === q.target)!.id,
          domain: q.domain,
          task: q.task ?? null,
          difficulty: q.difficulty,
          tags: q.tags.join(","),
          moduleId: q.module ? modules.get(q.module)!.id : null,
          retired: false,
          studioEditedAt: now,
        };
        const version = {
          type: q.type,
          stem: q.stem.trim(),
          explanation: q.explanation.trim(),
          payload: JSON.stringify(toPayload(q, randomOpaqueIds())),
          contentHash: hash,
          source: JSON.stringify(q),
        };
        const row = found
          ? await tx.question.update({ where: { id: found.id }, data: meta, select: { id: true } })
          : await tx.question.create({ data: { key: q.id, authorId: viewer.id, ...meta }, select: { id: true } });
        if (kind !== "unchanged") await tx.questionVersion.create({ data: { questionId: row.id, version: (found?.versions[0]?.version ?? 0) + 1, ...version } });
        outcome.ids.push(row.id);
      }
      await recordAudit({ action: "question.saved", actor: viewer, subject: { type: "question", id: outcome.ids[0] ?? "" }, detail: { created: outcome.created, versioned: outcome.versioned, items: plans.length } }, tx);
    },
    { timeout: 60_000 },
  );
  return { ok: true, outcome };
}
