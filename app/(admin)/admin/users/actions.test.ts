import { describe, expect, it } from "vitest";
import { actAs } from "@/test/session";
import { createUser, expectInterrupt, FORBIDDEN, form, signInAs, testDb, TO_SIGN_IN } from "@/test/helpers";
import { listUsers } from "@/lib/data/users/list-users";
import { changeRoleAction } from "./actions";

const idle = { status: "idle" } as const;

describe("changeRoleAction", () => {
  it("lets an admin change a user's role and records who did it", async () => {
    const admin = await signInAs("admin");
    const target = await createUser("learner");
    const state = await changeRoleAction(idle, form({ userId: target.id, role: "instructor" }));
    expect(state).toMatchObject({ status: "success" });
    expect((await testDb.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("instructor");
    expect(await testDb.roleChange.findFirst({ where: { userId: target.id } })).toMatchObject({ actorId: admin.id, fromRole: "learner", toRole: "instructor" });
    const event = await testDb.auditEvent.findFirstOrThrow({ where: { action: "user.role-changed", subjectId: target.id } });
    expect(event).toMatchObject({ actorId: admin.id, actorEmail: admin.email, subjectType: "user", ip: expect.stringMatching(/^10\.9\./) });
    expect(JSON.parse(event.detail)).toEqual({ from: "learner", to: "instructor" });
  });

  it.each(["learner", "instructor", "hr"] as const)("refuses a %s, changing nothing", async (role) => {
    const caller = await signInAs(role);
    const target = await createUser("learner");
    await expectInterrupt(changeRoleAction(idle, form({ userId: target.id, role: "admin" })), FORBIDDEN);
    await expectInterrupt(changeRoleAction(idle, form({ userId: caller.id, role: "admin" })), FORBIDDEN);
    expect((await testDb.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("learner");
    expect((await testDb.user.findUniqueOrThrow({ where: { id: caller.id } })).role).toBe(role);
    expect(await testDb.auditEvent.count({ where: { action: "user.role-changed", subjectId: { in: [target.id, caller.id] } } })).toBe(0);
  });

  it("sends an anonymous caller to sign in, changing nothing", async () => {
    actAs(null);
    const target = await createUser("learner");
    await expectInterrupt(changeRoleAction(idle, form({ userId: target.id, role: "admin" })), TO_SIGN_IN);
    expect((await testDb.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("learner");
  });

  it("treats a session for a deleted or demoted account by what the database says now", async () => {
    const formerAdmin = await createUser("learner");
    actAs({ ...formerAdmin, role: "admin" }); // a stale token still claiming admin
    const target = await createUser("learner");
    await expectInterrupt(changeRoleAction(idle, form({ userId: target.id, role: "admin" })), FORBIDDEN);
  });

  it.each([
    [{ userId: "", role: "admin" }, "userId", "Choose a user."],
    [{ userId: "no-such-user", role: "admin" }, "userId", "Unknown user."],
    [{ userId: "x".repeat(65), role: "admin" }, "userId", "Unknown user."],
    [{ userId: "PLACEHOLDER", role: "superuser" }, "role", "Choose one of: learner, instructor, hr, admin."],
  ])("refuses bad input %# with a field message, changing nothing", async (values, field, message) => {
    await signInAs("admin");
    const target = await createUser("learner");
    const state = await changeRoleAction(idle, form({ ...values, userId: values.userId === "PLACEHOLDER" ? target.id : values.userId }));
    expect(state.fieldErrors?.[field as "role"]).toBe(message);
    expect((await testDb.user.findUniqueOrThrow({ where: { id: target.id } })).role).toBe("learner");
  });

  it("does not let an admin change their own role", async () => {
    const admin = await signInAs("admin");
    const state = await changeRoleAction(idle, form({ userId: admin.id, role: "learner" }));
    expect(state.fieldErrors?.role).toMatch(/own role/);
    expect((await testDb.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("admin");
  });
});

describe("listUsers", () => {
  it("finds users by part of their name or email, for admins only", async () => {
    await testDb.user.create({ data: { name: "Priya Raman", email: "priya.raman@example.com" } });
    await signInAs("admin");
    expect((await listUsers({ q: "raman" })).users.map((u) => u.email)).toEqual(["priya.raman@example.com"]);
    expect((await listUsers({ q: "PRIYA" })).total).toBe(1);
    const row = (await listUsers({ q: "priya" })).users[0]!;
    expect(Object.keys(row).sort()).toEqual(["createdAt", "email", "id", "name", "role"]);
    await signInAs("hr");
    await expectInterrupt(listUsers({}), FORBIDDEN);
  });
});
