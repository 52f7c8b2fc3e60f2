import { beforeEach, describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { getViewer } from "@/lib/data/viewer";
import { createUser, expectInterrupt, form, testDb, TO_SIGN_IN } from "@/test/helpers";
import { actAs, authMock, currentSession } from "@/test/session";
import { signOutAction } from "@/app/(auth)/actions";
import { changePasswordAction, endSessionAction, signOutEverywhereAction } from "./actions";

const idle = { status: "idle" } as const;
const OLD = "amber kettle drift north";
const NEW = "copper lantern meadow sky";

/** A signed-in learner with a password, this session and one on another device. */
async function signedIn() {
  const user = await createUser("learner");
  await testDb.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(OLD) } });
  actAs(user);
  const here = (await currentSession())!.sessionId!;
  const elsewhere = await testDb.signInSession.create({ data: { userId: user.id, ip: "198.51.100.9", userAgent: "Firefox" }, select: { id: true } });
  return { user, here, elsewhere: elsewhere.id };
}

const passwordHashOf = async (id: string) => (await testDb.user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true } })).passwordHash;

beforeEach(() => {
  authMock.signOut.mockClear();
});

describe("changePasswordAction", () => {
  it("changes the password, ends every other session and keeps this one", async () => {
    const { user, here, elsewhere } = await signedIn();
    const state = await changePasswordAction(idle, form({ currentPassword: OLD, newPassword: NEW, confirmPassword: NEW }));
    expect(state).toMatchObject({ status: "success", message: "Password changed. 1 other session was signed out." });
    expect(await verifyPassword(await passwordHashOf(user.id), NEW)).toBe(true);
    expect(await testDb.signInSession.findUnique({ where: { id: elsewhere } })).toBeNull();
    expect(await testDb.signInSession.findUnique({ where: { id: here } })).not.toBeNull();
    expect(await getViewer()).toMatchObject({ id: user.id });
    const event = await testDb.auditEvent.findFirstOrThrow({ where: { action: "auth.password-changed", actorId: user.id } });
    expect(JSON.parse(event.detail)).toEqual({ sessionsEnded: 1 });
    expect(event.detail).not.toContain(NEW);
  });

  it("requires the current password, changing nothing without it", async () => {
    const { user, elsewhere } = await signedIn();
    const before = await passwordHashOf(user.id);
    const state = await changePasswordAction(idle, form({ currentPassword: "not my password", newPassword: NEW, confirmPassword: NEW }));
    expect(state.fieldErrors).toEqual({ currentPassword: "That is not your current password." });
    expect(await passwordHashOf(user.id)).toBe(before);
    expect(await testDb.signInSession.findUnique({ where: { id: elsewhere } })).not.toBeNull();
    expect(await testDb.auditEvent.count({ where: { action: "auth.password-changed", actorId: user.id } })).toBe(0);
  });

  it.each([
    [{ currentPassword: OLD, newPassword: "short", confirmPassword: "short" }, "newPassword", /at least 12/],
    [{ currentPassword: OLD, newPassword: "password123456", confirmPassword: "password123456" }, "newPassword", /too common/],
    [{ currentPassword: OLD, newPassword: NEW, confirmPassword: `${NEW}!` }, "confirmPassword", /differ/],
    [{ currentPassword: OLD, newPassword: OLD, confirmPassword: OLD }, "newPassword", /different from your current/],
    [{ newPassword: NEW, confirmPassword: NEW }, "currentPassword", /Enter your current password/],
  ])("refuses bad input %# with a message on the field", async (values, field, message) => {
    const { user } = await signedIn();
    const before = await passwordHashOf(user.id);
    const state = await changePasswordAction(idle, form(values));
    expect(state.fieldErrors?.[field as "newPassword"]).toMatch(message);
    expect(await passwordHashOf(user.id)).toBe(before);
  });

  it("slows down guessing the current password from a stolen session", async () => {
    await signedIn();
    const states = [];
    for (let i = 0; i < 6; i++) states.push(await changePasswordAction(idle, form({ currentPassword: `guess ${i}`, newPassword: NEW, confirmPassword: NEW })));
    expect(states.at(-1)).toMatchObject({ status: "error", message: expect.stringMatching(/Too many attempts/) });
  });

  it("sends an anonymous caller to sign in", async () => {
    actAs(null);
    await expectInterrupt(changePasswordAction(idle, form({ currentPassword: OLD, newPassword: NEW, confirmPassword: NEW })), TO_SIGN_IN);
  });
});

describe("endSessionAction", () => {
  it("signs out one of the viewer's other sessions and records it", async () => {
    const { user, here, elsewhere } = await signedIn();
    expect(await endSessionAction(idle, form({ sessionId: elsewhere }))).toMatchObject({ status: "success" });
    expect(await testDb.signInSession.findUnique({ where: { id: elsewhere } })).toBeNull();
    expect(await testDb.signInSession.findUnique({ where: { id: here } })).not.toBeNull();
    expect(await testDb.auditEvent.findFirst({ where: { action: "session.revoked", subjectId: elsewhere } })).toMatchObject({ actorId: user.id });
  });

  it("may not end someone else's session by posting its id", async () => {
    const victim = await signedIn();
    await signedIn();
    const state = await endSessionAction(idle, form({ sessionId: victim.elsewhere }));
    expect(state).toMatchObject({ status: "error", fieldErrors: { sessionId: "That session has already ended." } });
    expect(await testDb.signInSession.findUnique({ where: { id: victim.elsewhere } })).not.toBeNull();
    expect(await testDb.auditEvent.count({ where: { action: "session.revoked", subjectId: victim.elsewhere } })).toBe(0);
  });

  it("points to signing out for the session in use", async () => {
    const { here } = await signedIn();
    expect(await endSessionAction(idle, form({ sessionId: here }))).toMatchObject({ fieldErrors: { sessionId: expect.stringMatching(/sign out instead/) } });
    expect(await testDb.signInSession.findUnique({ where: { id: here } })).not.toBeNull();
  });

  it("sends an anonymous caller to sign in, ending nothing", async () => {
    const { elsewhere } = await signedIn();
    actAs(null);
    await expectInterrupt(endSessionAction(idle, form({ sessionId: elsewhere })), TO_SIGN_IN);
    expect(await testDb.signInSession.findUnique({ where: { id: elsewhere } })).not.toBeNull();
  });
});

describe("signOutEverywhereAction", () => {
  it("ends every session, this one included, and signs out", async () => {
    const { user, elsewhere } = await signedIn();
    await signOutEverywhereAction(form({}));
    expect(authMock.signOut).toHaveBeenCalledWith({ redirectTo: "/sign-in" });
    expect(await testDb.signInSession.count({ where: { userId: user.id } })).toBe(0);
    expect((await testDb.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(1);
    expect(await getViewer()).toBeNull();
    expect(await testDb.signInSession.findUnique({ where: { id: elsewhere } })).toBeNull();
    const event = await testDb.auditEvent.findFirstOrThrow({ where: { action: "auth.sign-out-everywhere", actorId: user.id } });
    expect(JSON.parse(event.detail)).toEqual({ sessionsEnded: 2 });
  });

  it("leaves other people's sessions alone", async () => {
    const other = await signedIn();
    await signedIn();
    await signOutEverywhereAction(form({}));
    expect(await testDb.signInSession.count({ where: { userId: other.user.id } })).toBe(2);
  });

  it("sends an anonymous caller to sign in", async () => {
    actAs(null);
    await expectInterrupt(signOutEverywhereAction(form({})), TO_SIGN_IN);
    expect(authMock.signOut).not.toHaveBeenCalled();
  });
});

describe("signOutAction", () => {
  it("ends this session's row, so a copy of the cookie stops working", async () => {
    const { here, elsewhere } = await signedIn();
    await signOutAction(form({}));
    expect(await testDb.signInSession.findUnique({ where: { id: here } })).toBeNull();
    expect(await testDb.signInSession.findUnique({ where: { id: elsewhere } })).not.toBeNull();
    expect(await getViewer()).toBeNull();
  });
});
