import { beforeAll, describe, expect, it } from "vitest";
import { expectInterrupt, FORBIDDEN, signInAs, testDb } from "@/test/helpers";
import { auditFilterSchema } from "@/lib/validation/audit";
import { AUDIT_PAGE_SIZE, listAuditEvents } from "./list-audit-events";

const filter = (raw: Record<string, string>) => auditFilterSchema.parse(raw);

beforeAll(async () => {
  const at = (iso: string) => new Date(iso);
  await testDb.auditEvent.createMany({
    data: [
      { at: at("2031-03-01T09:00:00Z"), action: "blueprint.saved", actorEmail: "ada@audit.example", subjectType: "blueprint", subjectId: "bp1", detail: '{"name":"PMP 2031"}', ip: "203.0.113.5" },
      { at: at("2031-03-02T23:59:59Z"), action: "certificate.issued", actorEmail: "lin@audit.example", subjectType: "certificate", subjectId: "c1", detail: '{"code":"AAAAA-BBBBB"}', ip: "198.51.100.7" },
      { at: at("2031-03-03T00:00:00Z"), action: "auth.sign-in-failed", actorEmail: null, detail: "not json", ip: "192.0.2.1" },
      ...Array.from({ length: AUDIT_PAGE_SIZE + 5 }, (_, i) => ({ at: at(`2031-04-01T00:00:${String(i % 60).padStart(2, "0")}Z`), action: "auth.sign-in", actorEmail: "bulk@audit.example" })),
    ],
  });
});

describe("listAuditEvents", () => {
  it("shows an admin the trail newest first, with who, what, when, from where and the detail", async () => {
    await signInAs("admin");
    const { events } = await listAuditEvents(filter({ from: "2031-03-01", to: "2031-03-31" }));
    expect(events.map((e) => e.action)).toEqual(["auth.sign-in-failed", "certificate.issued", "blueprint.saved"]);
    expect(events[2]).toMatchObject({ actorEmail: "ada@audit.example", ip: "203.0.113.5", subjectId: "bp1", detail: { name: "PMP 2031" } });
    expect(events[0]!.detail).toEqual({});
  });

  it("filters by action, by actor email and by whole days, both ends included", async () => {
    await signInAs("admin");
    expect((await listAuditEvents(filter({ action: "certificate.issued", actor: "LIN@" }))).events.map((e) => e.subjectId)).toEqual(["c1"]);
    expect((await listAuditEvents(filter({ actor: "ada@audit" }))).total).toBe(1);
    expect((await listAuditEvents(filter({ from: "2031-03-02", to: "2031-03-02" }))).events.map((e) => e.action)).toEqual(["certificate.issued"]);
    expect((await listAuditEvents(filter({ action: "", actor: "", from: "", to: "" }))).total).toBeGreaterThanOrEqual(AUDIT_PAGE_SIZE + 8);
  });

  it("pages through long results", async () => {
    await signInAs("admin");
    const first = await listAuditEvents(filter({ actor: "bulk@audit.example" }));
    expect(first).toMatchObject({ total: AUDIT_PAGE_SIZE + 5, page: 1, pages: 2 });
    expect(first.events).toHaveLength(AUDIT_PAGE_SIZE);
    const second = await listAuditEvents(filter({ actor: "bulk@audit.example", page: "2" }));
    expect(second.events).toHaveLength(5);
    expect(new Set([...first.events, ...second.events].map((e) => e.id)).size).toBe(AUDIT_PAGE_SIZE + 5);
    expect((await listAuditEvents(filter({ actor: "bulk@audit.example", page: "99" }))).page).toBe(2);
  });

  it.each(["learner", "instructor", "hr"] as const)("is closed to a %s", async (role) => {
    await signInAs(role);
    await expectInterrupt(listAuditEvents(filter({})), FORBIDDEN);
  });
});

describe("auditFilterSchema", () => {
  it.each([
    [{ action: "user.deleted" }, "action", "Choose an action from the list."],
    [{ from: "yesterday" }, "from", "Enter the start date as YYYY-MM-DD."],
    [{ to: "2031-02-30" }, "to", "Enter a real end date."],
    [{ from: "2031-03-05", to: "2031-03-01" }, "to", "The end date is before the start date."],
    [{ page: "two" }, "page", "The page must be a number."],
    [{ page: "0" }, "page", "Pages start at 1."],
    [{ actor: ["a", "b"] }, "actor", "Give one email."],
  ])("refuses %j with a message for the field", (raw, field, message) => {
    const result = auditFilterSchema.safeParse(raw);
    expect(result.success).toBe(false);
    expect(result.error!.issues.find((i) => i.path[0] === field)?.message).toBe(message);
  });
});
