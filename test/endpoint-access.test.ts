// Every server action and route handler, found from the code, is held to the
// access written here: a new one without an entry fails this file. For each,
// each kind of caller is tried: anonymous, a learner, an instructor, HR and an
// admin; those who may not are refused before anything is written, those who
// may get past the door. "Another learner" is the fuzz test's victim below.
import { beforeAll, describe, expect, it } from "vitest";
import { mayCall, type Access } from "@/lib/actions/action-client";
import type { Role } from "@/lib/auth/roles";
import { discoverEndpoints, fingerprint, invoke, signedInCaller, type Endpoint } from "./endpoints";
import { FORBIDDEN, TO_SIGN_IN } from "./helpers";
import { runAs } from "./session";

const SIGNED_IN = "signed-in";
const AUTHORS = ["instructor", "admin"] as const;
const EXPECTED: Record<string, Access> = {
  "app/(account)/account/actions.ts#changePasswordAction": SIGNED_IN,
  "app/(account)/account/actions.ts#endSessionAction": SIGNED_IN,
  "app/(account)/account/actions.ts#signOutEverywhereAction": SIGNED_IN,
  "app/(admin)/admin/blueprints-actions.ts#saveBlueprintAction": ["admin"],
  "app/(admin)/admin/calibration-actions.ts#refitCalibrationAction": ["admin"],
  "app/(admin)/admin/targets-actions.ts#saveTargetRulesAction": ["admin"],
  "app/(admin)/admin/users/actions.ts#changeRoleAction": ["admin"],
  "app/(auth)/actions.ts#registerAction": "anyone",
  "app/(auth)/actions.ts#signInAction": "anyone",
  "app/(auth)/actions.ts#signOutAction": SIGNED_IN,
  "app/(hr)/hr/actions.ts#addCohortMembersAction": ["hr", "admin"],
  "app/(hr)/hr/actions.ts#assignAction": ["hr", "admin"],
  "app/(hr)/hr/actions.ts#createCohortAction": ["hr", "admin"],
  "app/(hr)/hr/actions.ts#createInviteLinkAction": ["hr", "admin"],
  "app/(hr)/hr/actions.ts#createOrganisationAction": ["admin"],
  "app/(hr)/hr/actions.ts#inviteAction": ["hr", "admin"],
  "app/(hr)/hr/actions.ts#removeAssignmentAction": ["hr", "admin"],
  "app/(hr)/hr/actions.ts#removeCohortMemberAction": ["hr", "admin"],
  "app/(hr)/hr/actions.ts#removeMemberAction": ["hr", "admin"],
  "app/(hr)/hr/actions.ts#revokeInviteAction": ["hr", "admin"],
  "app/(hr)/hr/actions.ts#revokeInviteLinkAction": ["hr", "admin"],
  "app/(hr)/hr/actions.ts#setReportingAction": ["hr", "admin"],
  "app/(hr)/hr/export/route.ts#GET": ["hr", "admin"],
  "app/(learner)/actions.ts#enrolAction": SIGNED_IN,
  "app/(learner)/actions.ts#setLessonCompletedAction": SIGNED_IN,
  "app/(learner)/assessment-actions.ts#advanceSectionAction": SIGNED_IN,
  "app/(learner)/assessment-actions.ts#answerReviewAction": SIGNED_IN,
  "app/(learner)/assessment-actions.ts#flagAction": SIGNED_IN,
  "app/(learner)/assessment-actions.ts#resumeFromBreakAction": SIGNED_IN,
  "app/(learner)/assessment-actions.ts#saveAnswerAction": SIGNED_IN,
  "app/(learner)/assessment-actions.ts#startExamAction": SIGNED_IN,
  "app/(learner)/assessment-actions.ts#startQuizAction": SIGNED_IN,
  "app/(learner)/assessment-actions.ts#submitAttemptAction": SIGNED_IN,
  "app/(learner)/certificates/[id]/pdf/route.ts#GET": SIGNED_IN,
  "app/(learner)/dashboard-actions.ts#addHeldAction": SIGNED_IN,
  "app/(learner)/dashboard-actions.ts#addPduAction": SIGNED_IN,
  "app/(learner)/dashboard-actions.ts#deletePduAction": SIGNED_IN,
  "app/(learner)/dashboard-actions.ts#removeTargetAction": SIGNED_IN,
  "app/(learner)/dashboard-actions.ts#setRetentionAction": SIGNED_IN,
  "app/(learner)/dashboard-actions.ts#setTargetAction": SIGNED_IN,
  "app/(learner)/dashboard/hours/[code]/route.ts#GET": SIGNED_IN,
  "app/(learner)/organisation-actions.ts#acceptInviteAction": SIGNED_IN,
  "app/(learner)/outcome-actions.ts#reportOutcomeAction": ["learner"],
  "app/(learner)/outcome-actions.ts#updateOutcomeAction": ["learner"],
  "app/(learner)/outcome-actions.ts#withdrawOutcomeAction": ["learner"],
  "app/(learner)/organisation-actions.ts#declineInviteAction": SIGNED_IN,
  "app/(learner)/organisation-actions.ts#joinByLinkAction": SIGNED_IN,
  "app/(learner)/organisation-actions.ts#leaveOrganisationAction": SIGNED_IN,
  "app/(learner)/study-actions.ts#bookmarkAction": SIGNED_IN,
  "app/(learner)/study-actions.ts#deleteCommentAction": SIGNED_IN,
  "app/(learner)/study-actions.ts#editCommentAction": SIGNED_IN,
  "app/(learner)/study-actions.ts#hideCommentAction": ["instructor", "admin"],
  "app/(learner)/study-actions.ts#postCommentAction": SIGNED_IN,
  "app/(learner)/study-actions.ts#saveNoteAction": SIGNED_IN,
  "app/(studio)/studio/actions.ts#addCoauthorAction": AUTHORS,
  "app/(studio)/studio/actions.ts#addLessonAction": AUTHORS,
  "app/(studio)/studio/actions.ts#addModuleAction": AUTHORS,
  "app/(studio)/studio/actions.ts#deleteOutlineItemAction": AUTHORS,
  "app/(studio)/studio/actions.ts#dismissShippedConflictAction": AUTHORS,
  "app/(studio)/studio/actions.ts#importQuestionsAction": AUTHORS,
  "app/(studio)/studio/actions.ts#moveAction": AUTHORS,
  "app/(studio)/studio/actions.ts#publishCourseAction": AUTHORS,
  "app/(studio)/studio/actions.ts#saveCourseAction": AUTHORS,
  "app/(studio)/studio/actions.ts#saveLessonDraftAction": AUTHORS,
  "app/(studio)/studio/actions.ts#saveQuestionAction": AUTHORS,
  "app/(studio)/studio/actions.ts#takeShippedCourseAction": AUTHORS,
  "app/(studio)/studio/actions.ts#unpublishCourseAction": AUTHORS,
  "app/(studio)/studio/actions.ts#updateModuleAction": AUTHORS,
  "app/(studio)/studio/questions/export/route.ts#GET": AUTHORS,
  "app/api/auth/[...nextauth]/route.ts#GET": "anyone",
  "app/api/auth/[...nextauth]/route.ts#POST": "anyone",
  "app/api/health/route.ts#GET": "anyone",
  "app/api/ready/route.ts#GET": "anyone",
  "app/api/studio/images/route.ts#POST": AUTHORS,
  "app/media/[name]/route.ts#GET": "anyone",
  // Serves only the landing, catalog and course pages, the same for every visitor without a session (lib/public-page-cache.ts).
  "app/public-html/[[...path]]/route.ts#GET": "anyone",
};

const CALLERS: (Role | "anonymous")[] = ["anonymous", "learner", "instructor", "hr", "admin"];

/** How a call ended: a value, Next's sign-in redirect or 403, another redirect, or an error. */
async function outcome(call: () => Promise<unknown>): Promise<{ kind: "value" | "sign-in" | "forbidden" | "redirect" | "error"; detail: string }> {
  try {
    const value = await call();
    return { kind: "value", detail: JSON.stringify(value instanceof Response ? value.status : value) ?? "" };
  } catch (e) {
    const digest = String((e as { digest?: string }).digest ?? "");
    if (TO_SIGN_IN.test(digest)) return { kind: "sign-in", detail: digest };
    if (FORBIDDEN.test(digest)) return { kind: "forbidden", detail: digest };
    if (digest.startsWith("NEXT_REDIRECT")) return { kind: "redirect", detail: digest };
    return { kind: "error", detail: String(e) };
  }
}


let endpoints: Endpoint[];
beforeAll(async () => {
  endpoints = await discoverEndpoints();
});

describe("every server action and route handler", () => {
  it("is built through the action client or routeHandler, so it declares who may call it", () => {
    const undeclared = endpoints.filter((e) => !e.declaration).map((e) => e.key);
    expect(undeclared).toEqual([]);
  });

  it("has an entry here, and declares the access written here", () => {
    const found = Object.fromEntries(endpoints.map((e) => [e.key, e.declaration?.access]));
    expect(found).toEqual(EXPECTED);
  });

  it("refuses each caller who may not call it, before writing anything, and lets through each who may", async () => {
    const refusedWrongly: string[] = [];
    for (const endpoint of endpoints) {
      const access = EXPECTED[endpoint.key];
      // Open endpoints have no one to refuse; Auth.js's own handlers are not ours to drive here.
      if (!access || access === "anyone") continue;
      for (const caller of CALLERS) {
        const who = caller === "anonymous" ? null : await signedInCaller(caller);
        const before = await fingerprint();
        const result = who ? await runAs(who, () => outcome(() => invoke(endpoint, {}))) : await outcome(() => invoke(endpoint, {}));
        const may = caller !== "anonymous" && mayCall(access, { id: "", name: "", email: "", role: caller });
        const expected = caller === "anonymous" ? "sign-in" : may ? null : "forbidden";
        if (expected) {
          if (result.kind !== expected) refusedWrongly.push(`${endpoint.key} as ${caller}: expected ${expected}, got ${result.kind} ${result.detail}`);
          if ((await fingerprint()) !== before) refusedWrongly.push(`${endpoint.key} as ${caller}: wrote to the database`);
        } else if (["sign-in", "forbidden", "error"].includes(result.kind)) {
          refusedWrongly.push(`${endpoint.key} as ${caller}: may call it, got ${result.kind} ${result.detail}`);
        }
      }
    }
    expect(refusedWrongly).toEqual([]);
  }, 120_000);
});
