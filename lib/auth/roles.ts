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

/** Who works in the studio: instructors on the courses they author, admins on every course. */
export const AUTHORS = ["instructor", "admin"] as const satisfies readonly Role[];

export function isAuthor(role: Role): boolean {
  return (AUTHORS as readonly Role[]).includes(role);
}
