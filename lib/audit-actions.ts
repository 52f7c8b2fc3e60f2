/** What the audit trail records. Add a new kind here, so the admin filter lists it. */
export const AUDIT_ACTIONS = [
  "auth.sign-in",
  "auth.sign-in-failed",
  "auth.sign-out-everywhere",
  "auth.password-changed",
  "session.revoked",
  "user.role-changed",
  "blueprint.saved",
  "target.rules-saved",
  "target.calibrated",
  "certificate.issued",
  "course.created",
  "course.published",
  "course.unpublished",
  "course.coauthor-added",
  "question.saved",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
