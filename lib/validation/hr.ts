// Forms and actions of HR (organisations, invites, cohorts, assignments) and
// of learners answering an invitation.
import "@/lib/validation/zod-config";
import { z } from "zod";
import { MAX_INVITES, parseInviteList } from "@/lib/hr/invite-list";
import { isoDate } from "./dates";
import { targetCode } from "./targets";

const id = (message: string) => z.string({ error: message }).trim().min(1, message).max(64, message);

const startOfToday = () => {
  const d = new Date();
  d.setUTCHours(0, 0, 0, 0);
  return d;
};

export const organisationSchema = z.object({
  name: z.string({ error: "Name the organisation." }).trim().min(2, "Name the organisation.").max(100, "Use at most 100 characters."),
  hrEmail: z
    .string({ error: "Enter the HR person's email address." })
    .trim()
    .toLowerCase()
    .max(254, "Enter the HR person's email address.")
    .pipe(z.email({ error: "Enter an email address like name@example.com." })),
});
export type OrganisationFields = "name" | "hrEmail";

/** Pasted addresses and/or an uploaded CSV's text; each bad row is reported as `rows.<n>`. */
export const inviteSchema = z
  .object({
    emails: z.string({ error: "Paste addresses as text." }).max(100_000, "Paste at most 500 addresses at a time.").default(""),
    csv: z.string({ error: "Upload a CSV file." }).max(500_000, "The CSV is too large: at most 500 rows.").default(""),
  })
  .transform((v, ctx) => {
    const rows = parseInviteList(v);
    if (rows.length === 0) ctx.addIssue({ code: "custom", path: ["emails"], message: "Paste at least one email address or upload a CSV." });
    if (rows.length > MAX_INVITES) ctx.addIssue({ code: "custom", path: ["emails"], message: `Invite at most ${MAX_INVITES} people at a time.` });
    rows.forEach((r, i) => r.error && ctx.addIssue({ code: "custom", path: ["rows", String(i)], message: r.error }));
    return rows.map((r) => r.email);
  });
export type InviteFields = "emails" | "csv";

export const inviteLinkSchema = z.object({
  days: z.coerce.number({ error: "Choose how long the link works." }).int("Choose how long the link works.").min(1, "A link works for at least a day.").max(90, "A link works for at most 90 days."),
});

export const inviteLinkIdSchema = z.object({ linkId: id("That link does not exist.") });
export const inviteIdSchema = z.object({ inviteId: id("That invitation does not exist.") });
export const joinSchema = z.object({ token: z.string({ error: "That link does not work." }).trim().min(16, "That link does not work.").max(64, "That link does not work.") });
export const leaveSchema = z.object({});
export const memberIdSchema = z.object({ userId: id("Choose a member.") });

export const reportingSchema = z.object({
  aggregateOnly: z.enum(["on", "off"], { error: "Choose how HR may see the reports." }),
});

export const cohortSchema = z.object({
  name: z.string({ error: "Name the cohort." }).trim().min(2, "Name the cohort.").max(80, "Use at most 80 characters."),
});
export const cohortIdSchema = z.object({ cohortId: id("Choose a cohort.") });

export const cohortMembersSchema = z.object({
  cohortId: id("Choose a cohort."),
  userIds: z.array(id("Choose members."), { error: "Choose members." }).min(1, "Choose at least one member.").max(10_000, "Choose fewer members."),
});

export const cohortMemberSchema = z.object({ cohortId: id("Choose a cohort."), userId: id("Choose a member.") });

export const assignmentSchema = z
  .object({
    cohortId: id("Choose a cohort."),
    kind: z.enum(["target", "course"], { error: "Assign a certification or a course." }),
    targetCode: targetCode().optional(),
    courseSlug: z.string({ error: "Choose a course." }).trim().max(100, "Choose a course.").optional(),
    dueDate: isoDate("date")
      .refine((d) => d >= startOfToday(), "The date can't be in the past.")
      .refine((d) => d.getTime() <= startOfToday().getTime() + 3 * 366 * 86_400_000, "Choose a date within three years."),
  })
  .superRefine((v, ctx) => {
    if (v.kind === "target" && !v.targetCode) ctx.addIssue({ code: "custom", path: ["targetCode"], message: "Choose a certification." });
    if (v.kind === "course" && !v.courseSlug) ctx.addIssue({ code: "custom", path: ["courseSlug"], message: "Choose a course." });
  });
export type AssignmentFields = "cohortId" | "kind" | "targetCode" | "courseSlug" | "dueDate";

export const assignmentIdSchema = z.object({ assignmentId: id("That assignment does not exist.") });

/** The dashboard's query string: unknown or malformed values fall back to defaults. */
export const cohortViewSchema = z.object({
  cohort: z.string().max(64).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  filter: z.enum(["all", "at-risk", "overdue", "inactive"]).optional().catch(undefined),
  sort: z.enum(["name", "readiness", "hours", "last-study", "risk"]).optional().catch(undefined),
  dir: z.enum(["asc", "desc"]).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).optional().catch(undefined),
});
export type CohortView = z.output<typeof cohortViewSchema>;
