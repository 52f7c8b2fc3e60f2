import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { auth } from "@/lib/auth";
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";

export type Viewer = { id: string; name: string; email: string; role: Role };

/**
 * Who is asking, read fresh from the database once per request: a role change
 * or a deleted account takes effect at once, whatever the session token says.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return db.user.findUnique({ where: { id }, select: { id: true, name: true, email: true, role: true } });
});

export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in");
  return viewer;
}

export async function requireRole(...roles: Role[]): Promise<Viewer> {
  const viewer = await requireViewer();
  if (!roles.includes(viewer.role)) forbidden();
  return viewer;
}
