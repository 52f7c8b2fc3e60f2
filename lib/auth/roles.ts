export const ROLES = ["learner", "instructor", "hr", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  learner: "Learner",
  instructor: "Instructor",
  hr: "HR",
  admin: "Admin",
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Who may hide and restore learners' comments. */
export const MODERATORS = ["instructor", "admin"] as const satisfies readonly Role[];

export function canModerate(role: Role): boolean {
  return (MODERATORS as readonly Role[]).includes(role);
}
