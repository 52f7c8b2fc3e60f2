import { describe, expect, it } from "vitest";
import { createUser, testDb } from "@/test/helpers";
import { actAs, currentSession } from "@/test/session";
import { getViewer } from "./viewer";

async function signedInLearner() {
  const user = await createUser("learner");
  actAs(user);
  const session = (await currentSession())!;
  return { user, sessionId: session.sessionId! };
}

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000);

describe("getViewer", () => {
  it("knows a live session", async () => {
    const { user } = await signedInLearner();
    expect(await getViewer()).toEqual({ id: user.id, name: user.name, email: user.email, role: "learner" });
  });

  it("refuses a token whose session row is gone", async () => {
    const { sessionId } = await signedInLearner();
    await testDb.signInSession.delete({ where: { id: sessionId } });
    expect(await getViewer()).toBeNull();
  });

  it("refuses a token issued before the account's sessions were all ended", async () => {
    const { user } = await signedInLearner();
    await testDb.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await getViewer()).toBeNull();
  });

  it("refuses a token naming someone else's session", async () => {
    const { sessionId } = await signedInLearner();
    const other = await createUser("learner");
    actAs({ ...other, sessionId, sessionVersion: 0 });
    expect(await getViewer()).toBeNull();
  });

  it("refuses a token without a session, as tokens issued before sessions were tracked are", async () => {
    const user = await createUser("learner");
    actAs({ ...user, sessionId: "", sessionVersion: 0 });
    expect(await getViewer()).toBeNull();
  });

  it("refuses a disabled account", async () => {
    const { user } = await signedInLearner();
    await testDb.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await getViewer()).toBeNull();
  });

  it("ends a session idle for longer than SESSION_IDLE_MINUTES (60 by default)", async () => {
    const { sessionId } = await signedInLearner();
    await testDb.signInSession.update({ where: { id: sessionId }, data: { lastSeenAt: minutesAgo(59) } });
    expect(await getViewer()).not.toBeNull();
    await testDb.signInSession.update({ where: { id: sessionId }, data: { lastSeenAt: minutesAgo(61) } });
    expect(await getViewer()).toBeNull();
  });

  it("ends a session SESSION_MAX_AGE_HOURS (12 by default) after sign-in, however busy", async () => {
    const { sessionId } = await signedInLearner();
    await testDb.signInSession.update({ where: { id: sessionId }, data: { createdAt: minutesAgo(12 * 60 + 1), lastSeenAt: new Date() } });
    expect(await getViewer()).toBeNull();
  });

  it("notes when the session was last used, at most once a minute", async () => {
    const { sessionId } = await signedInLearner();
    const recent = new Date(Date.now() - 30_000);
    await testDb.signInSession.update({ where: { id: sessionId }, data: { lastSeenAt: recent } });
    await getViewer();
    expect((await testDb.signInSession.findUniqueOrThrow({ where: { id: sessionId } })).lastSeenAt).toEqual(recent);
    await testDb.signInSession.update({ where: { id: sessionId }, data: { lastSeenAt: minutesAgo(5) } });
    await getViewer();
    expect((await testDb.signInSession.findUniqueOrThrow({ where: { id: sessionId } })).lastSeenAt.getTime()).toBeGreaterThan(Date.now() - 5_000);
  });
});
