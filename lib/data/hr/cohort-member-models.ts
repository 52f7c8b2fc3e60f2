import "server-only";
import { BoundedMap } from "@/lib/bounded-map";
import type { AssignedExam, MemberModel } from "@/lib/hr/cohort-report";
import type { CalibrationInForce } from "@/lib/data/readiness/calibration-in-force";
import type { Evidence } from "@/lib/readiness/model";
import { packEvidence, packedRows, unpackEvidence, type PackedEvidence } from "@/lib/readiness/packed-evidence";
import { loadMemberEvidence, type CohortMemberFacts, type Scope } from "./load-member-facts";
import { fitMemberModels, memoisedModels } from "./member-models";

/** Beyond this many members to fit, their evidence is read for the whole scope rather than by a list of ids. */
const BY_ID = 500;

// Each member's evidence, kept by their fingerprints (and the exam's questions), so the first
// view of a new day, which must refit everyone's readiness now, reads no evidence for those
// whose answers are unchanged since a view before. Packed, a million rows take about 30 MB:
// the 10,000 members of a million answers have about 350,000. Least recently used out.
type Kept = BoundedMap<string, PackedEvidence>;
const kept: Kept = ((globalThis as { __kaizenMemberEvidence?: Kept }).__kaizenMemberEvidence ??= new BoundedMap(1_000_000, (packed) => packedRows(packed) + 1));

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
  const packed = new Map(missing.map((f) => [f.id, kept.get(keyOf(f))]));
  const unread = missing.filter((f) => !packed.get(f.id));
  const read = unread.length
    ? await loadMemberEvidence(unread.length <= BY_ID && unread.length < facts.length ? { ...scope, userIds: unread.map((f) => f.id) } : scope, targetId)
    : new Map<string, Evidence[]>();
  for (const f of unread) kept.set(keyOf(f), packEvidence(read.get(f.id) ?? []));
  const evidenceOf = (f: CohortMemberFacts) => {
    const stored = packed.get(f.id);
    return read.get(f.id) ?? (stored ? unpackEvidence(stored) : []);
  };
  const fitted: MemberModel[] = [];
  const step = pace?.every ?? missing.length;
  for (let i = 0; i < missing.length; i += step) {
    if (pace) await pace.wait();
    const group = missing.slice(i, i + step).map((f) => ({ ...f, evidence: evidenceOf(f) }));
    fitted.push(...fitMemberModels(group, exam, now, calibration));
  }
  let next = 0;
  return models.map((m) => m ?? fitted[next++]!);
}
