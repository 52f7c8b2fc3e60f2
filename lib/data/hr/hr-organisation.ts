import "server-only";
import { forbidden } from "next/navigation";
import { db } from "@/lib/db";
import { requireViewer, type Viewer } from "@/lib/data/viewer";

export type HrOrganisation = { id: string; name: string; aggregateOnly: boolean };

/**
 * The organisation the viewer is HR of, or null. Only HR and admins get this
 * far; every HR query is then scoped by the id returned here.
 */
export async function hrOrganisation(): Promise<{ viewer: Viewer; organisation: HrOrganisation | null }> {
  const viewer = await requireViewer();
  if (viewer.role !== "hr" && viewer.role !== "admin") forbidden();
  const membership = await db.organisationMember.findFirst({
    where: { userId: viewer.id, kind: "hr" },
    select: { organisation: { select: { id: true, name: true, aggregateOnly: true } } },
  });
  return { viewer, organisation: membership?.organisation ?? null };
}

export const NO_ORGANISATION = "You are not HR of an organisation yet.";
