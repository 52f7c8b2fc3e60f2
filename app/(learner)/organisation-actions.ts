"use server";

import { revalidatePath } from "next/cache";
import { formAction } from "@/lib/actions/action-client";
import { acceptInvite } from "@/lib/data/organisations/accept-invite";
import { declineInvite } from "@/lib/data/organisations/decline-invite";
import { joinByLink } from "@/lib/data/organisations/join-by-link";
import { leaveOrganisation } from "@/lib/data/organisations/leave-organisation";
import { inviteIdSchema, joinSchema, leaveSchema } from "@/lib/validation/hr";

export const acceptInviteAction = formAction({
  access: "signed-in",
  schema: inviteIdSchema,
  run: async ({ inviteId }) => {
    const result = await acceptInvite(inviteId);
    if (!result.ok) return result;
    revalidatePath("/home");
    return { ok: true, message: `You joined ${result.organisation}.` };
  },
});

export const declineInviteAction = formAction({
  access: "signed-in",
  schema: inviteIdSchema,
  run: async ({ inviteId }) => {
    const result = await declineInvite(inviteId);
    if (!result.ok) return result;
    revalidatePath("/home");
    return { ok: true, message: "Invitation declined." };
  },
});

export const joinByLinkAction = formAction({
  access: "signed-in",
  schema: joinSchema,
  run: async ({ token }) => {
    const result = await joinByLink(token);
    if (!result.ok) return result;
    revalidatePath("/home");
    return { ok: true, message: `You joined ${result.organisation}.` };
  },
});

export const leaveOrganisationAction = formAction({
  access: "signed-in",
  schema: leaveSchema,
  run: async () => {
    const result = await leaveOrganisation();
    if (!result.ok) return result;
    revalidatePath("/home");
    return { ok: true, message: "You left the organisation. Your own progress stays with you." };
  },
});
