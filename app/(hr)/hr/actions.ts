"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/action-client";
import { addCohortMembers } from "@/lib/data/hr/add-cohort-members";
import { assign } from "@/lib/data/hr/assign";
import { createCohort } from "@/lib/data/hr/create-cohort";
import { createInviteLink } from "@/lib/data/hr/create-invite-link";
import { createOrganisation } from "@/lib/data/hr/create-organisation";
import { invitePeople } from "@/lib/data/hr/invite-people";
import { removeAssignment } from "@/lib/data/hr/remove-assignment";
import { removeCohortMember } from "@/lib/data/hr/remove-cohort-member";
import { removeMember } from "@/lib/data/hr/remove-member";
import { revokeInvite } from "@/lib/data/hr/revoke-invite";
import { revokeInviteLink } from "@/lib/data/hr/revoke-invite-link";
import { setReporting } from "@/lib/data/hr/set-reporting";
import {
  assignmentIdSchema,
  assignmentSchema,
  cohortMemberSchema,
  cohortMembersSchema,
  cohortSchema,
  inviteIdSchema,
  inviteLinkIdSchema,
  inviteLinkSchema,
  inviteSchema,
  memberIdSchema,
  organisationSchema,
  reportingSchema,
} from "@/lib/validation/hr";

const HR = ["hr", "admin"] as const;

function revalidateHr() {
  revalidatePath("/hr", "layout");
}

export const createOrganisationAction = formAction({
  access: ["admin"],
  schema: organisationSchema,
  run: async (input) => {
    const result = await createOrganisation(input);
    if (!result.ok) return result;
    revalidateHr();
    return { ok: true, message: `${input.name} created, with ${input.hrEmail} as its HR.` };
  },
});

export const inviteAction = formAction({
  access: HR,
  schema: inviteSchema,
  run: async (emails) => {
    const result = await invitePeople(emails);
    if (!result.ok) return result;
    revalidateHr();
    return { ok: true, message: `${result.invited} ${result.invited === 1 ? "person" : "people"} invited. They join when they accept.` };
  },
});

export const createInviteLinkAction = formAction({
  access: HR,
  schema: inviteLinkSchema,
  run: async ({ days }) => {
    const result = await createInviteLink(days);
    if (!result.ok) return result;
    revalidateHr();
    return { ok: true, message: `Link created: it works for ${days} ${days === 1 ? "day" : "days"}.` };
  },
});

export const revokeInviteLinkAction = formAction({
  access: HR,
  schema: inviteLinkIdSchema,
  run: async ({ linkId }) => {
    const result = await revokeInviteLink(linkId);
    if (!result.ok) return result;
    revalidateHr();
    return { ok: true, message: "Link revoked." };
  },
});

export const revokeInviteAction = formAction({
  access: HR,
  schema: inviteIdSchema,
  run: async ({ inviteId }) => {
    const result = await revokeInvite(inviteId);
    if (!result.ok) return result;
    revalidateHr();
    return { ok: true, message: "Invitation withdrawn." };
  },
});

export const removeMemberAction = formAction({
  access: HR,
  schema: memberIdSchema,
  run: async ({ userId }) => {
    const result = await removeMember(userId);
    if (!result.ok) return result;
    revalidateHr();
    return { ok: true, message: "Removed from the organisation." };
  },
});

export const setReportingAction = formAction({
  access: HR,
  schema: reportingSchema,
  run: async ({ aggregateOnly }) => {
    const result = await setReporting(aggregateOnly === "on");
    if (!result.ok) return result;
    revalidateHr();
    return { ok: true, message: aggregateOnly === "on" ? "Aggregate-only reporting is on: no names, no group under 5." : "Reports show members by name." };
  },
});

export const createCohortAction = formAction({
  access: HR,
  schema: cohortSchema,
  run: async (input) => {
    const result = await createCohort(input);
    if (!result.ok) return result;
    revalidateHr();
    return { ok: true, message: `Cohort ${input.name} created.` };
  },
});

export const addCohortMembersAction = formAction({
  access: HR,
  schema: cohortMembersSchema,
  fromForm: (data) => ({ cohortId: data.get("cohortId"), userIds: data.getAll("userIds") }),
  run: async (input) => {
    const result = await addCohortMembers(input);
    if (!result.ok) return result;
    revalidateHr();
    return { ok: true, message: `${result.added} added to the cohort.` };
  },
});

export const removeCohortMemberAction = formAction({
  access: HR,
  schema: cohortMemberSchema,
  run: async (input) => {
    const result = await removeCohortMember(input);
    if (!result.ok) return result;
    revalidateHr();
    return { ok: true, message: "Removed from the cohort." };
  },
});

export const assignAction = formAction({
  access: HR,
  schema: assignmentSchema,
  run: async (input) => {
    const result = await assign(input);
    if (!result.ok) return result;
    revalidateHr();
    return { ok: true, message: `${result.what} assigned.` };
  },
});

export const removeAssignmentAction = formAction({
  access: HR,
  schema: assignmentIdSchema,
  run: async ({ assignmentId }) => {
    const result = await removeAssignment(assignmentId);
    if (!result.ok) return result;
    revalidateHr();
    return { ok: true, message: "Assignment removed." };
  },
});
