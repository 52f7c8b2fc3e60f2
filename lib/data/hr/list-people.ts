import "server-only";
import { db } from "@/lib/db";
import { hrOrganisation, type HrOrganisation } from "./hr-organisation";

export type People = {
  organisation: HrOrganisation;
  members: { id: string; name: string; email: string; joinedAt: Date; cohorts: string[] }[];
  invites: { id: string; email: string; createdAt: Date; status: "open" | "accepted" | "declined" | "revoked" }[];
  links: { id: string; token: string; expiresAt: Date; revokedAt: Date | null; createdAt: Date }[];
};

/** The organisation's members, invitations and invite links, for managing who belongs; no progress here. */
export async function listPeople(): Promise<People | null> {
  const { organisation } = await hrOrganisation();
  if (!organisation) return null;
  const [members, invites, links] = await Promise.all([
    db.organisationMember.findMany({
      where: { organisationId: organisation.id, kind: "member" },
      orderBy: { user: { name: "asc" } },
      select: { userId: true, joinedAt: true, user: { select: { name: true, email: true } }, cohorts: { select: { cohort: { select: { name: true } } } } },
    }),
    db.organisationInvite.findMany({
      where: { organisationId: organisation.id },
      orderBy: { createdAt: "desc" },
      take: 200,
      select: { id: true, email: true, createdAt: true, acceptedAt: true, declinedAt: true, revokedAt: true },
    }),
    db.inviteLink.findMany({ where: { organisationId: organisation.id }, orderBy: { createdAt: "desc" }, take: 20, select: { id: true, token: true, expiresAt: true, revokedAt: true, createdAt: true } }),
  ]);
  return {
    organisation,
    members: members.map((m) => ({ id: m.userId, name: m.user.name, email: m.user.email, joinedAt: m.joinedAt, cohorts: m.cohorts.map((c) => c.cohort.name) })),
    invites: invites.map((i) => ({
      id: i.id,
      email: i.email,
      createdAt: i.createdAt,
      status: i.acceptedAt ? "accepted" : i.declinedAt ? "declined" : i.revokedAt ? "revoked" : "open",
    })),
    links,
  };
}
