import "server-only";
import { BoundedMap } from "@/lib/bounded-map";
import type { AssignedExam, MemberModel } from "@/lib/hr/cohort-report";
import type { CalibrationInForce } from "@/lib/data/readiness/calibration-in-force";
import type { Evidence } from "@/lib/readiness/model";
import { loadMemberEvidence, type CohortMemberFacts, type Scope } from "./load-member-facts";
import { fitMemberModels, memoisedModels } from "./member-models";

/** Beyond this many members to fit, their evidence is read for the whole scope rather than by a list of ids. */
const BY_ID = 500;

// Each member's evidence, kept by their fingerprints (and the exam's questions), so the first
// view of a new day, which must refit everyone's readiness now, reads no evidence for those
// whose answers are unchanged since a view before; weighed by rows, least recently used out.
type Kept = BoundedMap<string, Evidence[]>;
const kept: Kept = ((globalThis as { __kaizenMemberEvidence?: Kept }).__kaizenMemberEvidence ??= new BoundedMap(300_000, (rows) => rows.length + 1));

/**
 * The readiness models of the members of `scope` whose facts are given: the
 * memoised one of each member whose answers are unchanged since it was fitted
 * today, and a fit of the rest from their evidence, kept or read for them. `pace` is awaited
 * between groups of `every` fits, for a caller that must leave the event loop
 * to requests.
 */
export async function cohortMemberModels(
  scope: Scope,
  targetId: string,
  facts: CohortMemberFacts[],
  exam: AssignedExam,
  now: Date,
  calibration?: CalibrationInForce,
  pace?: { every: number; wait: () => Promise<unknown> },
): Promise<MemberModel[]> {
  const models = memoisedModels(facts, exam, now, calibration);
  const missing = facts.filter((_, i) => !models[i]);
  if (missing.length === 0) return models as MemberModel[];
  const keyOf = (f: CohortMemberFacts) => `${f.id}|${targetId}|${f.bank}|${f.answers}`;
  const evidence = new Map(missing.map((f) => [f.id, kept.get(keyOf(f))]));
  const unread = missing.filter((f) => !evidence.get(f.id));
  if (unread.length) {
    const some = unread.length <= BY_ID && unread.length < facts.length;
    const read = await loadMemberEvidence(some ? { organisationId: scope.organisationId, cohortId: scope.cohortId, userIds: unread.map((f) => f.id) } : scope, targetId);
    for (const f of unread) evidence.set(f.id, kept.set(keyOf(f), read.get(f.id) ?? []));
  }
  const fitted: MemberModel[] = [];
  const step = pace?.every ?? missing.length;
  for (let i = 0; i < missing.length; i += step) {
    if (pace) await pace.wait();
    const group = missing.slice(i, i + step).map((f) => ({ ...f, evidence: evidence.get(f.id) ?? [] }));
    fitted.push(...fitMemberModels(group, exam, now, calibration));
  }
  let next = 0;
  return models.map((m) => m ?? fitted[next++]!);
}
