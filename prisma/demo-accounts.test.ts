import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { authenticate } from "@/lib/data/auth/authenticate";
import { getViewer } from "@/lib/data/viewer";
import { testDb } from "@/test/helpers";
import { actAs } from "@/test/session";
import { DEMO_ACCOUNTS, DEMO_PASSWORD_FILE, demoPassword, disableDemoAccounts, ensureDemoAccounts } from "./demo-accounts";

const PUBLISHED = "practice makes progress";
const installation = process.env.KAIZEN_DEMO_PASSWORD!;
const admin = DEMO_ACCOUNTS.find((a) => a.role === "admin")!.email;

function tempRoot() {
  return fs.mkdtempSync(path.join(os.tmpdir(), "kaizen-demo-"));
}

describe("demoPassword", () => {
  it("makes one password per installation, kept in data/ readable by the owner only", () => {
    const root = tempRoot();
    const first = demoPassword({ root, source: {} });
    expect(first.from).toBe(DEMO_PASSWORD_FILE);
    expect(first.password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    const file = path.join(root, DEMO_PASSWORD_FILE);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(demoPassword({ root, source: {} }).password).toBe(first.password);
    expect(demoPassword({ root: tempRoot(), source: {} }).password).not.toBe(first.password);
  });

  it("takes KAIZEN_DEMO_PASSWORD when set, and creates nothing", () => {
    const root = tempRoot();
    expect(demoPassword({ root, source: { KAIZEN_DEMO_PASSWORD: "set by the tests" } })).toEqual({ password: "set by the tests", from: "KAIZEN_DEMO_PASSWORD" });
    expect(fs.existsSync(path.join(root, DEMO_PASSWORD_FILE))).toBe(false);
  });

  it("refuses to invent one for a script that signs in to a running app", () => {
    expect(() => demoPassword({ root: tempRoot(), source: {}, create: false })).toThrow(/npm start/);
  });
});

describe("demo accounts", () => {
  it("are seeded with the installation's password, not the one once published", async () => {
    for (const account of DEMO_ACCOUNTS) {
      const { passwordHash } = await testDb.user.findUniqueOrThrow({ where: { email: account.email }, select: { passwordHash: true } });
      expect(await verifyPassword(passwordHash, installation)).toBe(true);
      expect(await verifyPassword(passwordHash, PUBLISHED)).toBe(false);
    }
  });

  it("get the installation's password on an older installation, and their sessions end", async () => {
    const user = await testDb.user.update({
      where: { email: admin },
      data: { passwordHash: await hashPassword(PUBLISHED) },
      select: { id: true, role: true, sessionVersion: true },
    });
    actAs(user);
    expect(await getViewer()).toMatchObject({ id: user.id });

    await ensureDemoAccounts(testDb, installation);

    const after = await testDb.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true, sessionVersion: true } });
    expect(await verifyPassword(after.passwordHash, installation)).toBe(true);
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await testDb.signInSession.count({ where: { userId: user.id } })).toBe(0);
    expect(await getViewer()).toBeNull();
  });

  it("are left alone when their password is already the installation's", async () => {
    const before = await testDb.user.findUniqueOrThrow({ where: { email: admin }, select: { id: true, passwordHash: true, sessionVersion: true } });
    await testDb.signInSession.create({ data: { userId: before.id } });
    await ensureDemoAccounts(testDb, installation);
    const after = await testDb.user.findUniqueOrThrow({ where: { email: admin }, select: { passwordHash: true, sessionVersion: true } });
    expect(after).toEqual({ passwordHash: before.passwordHash, sessionVersion: before.sessionVersion });
    expect(await testDb.signInSession.count({ where: { userId: before.id } })).toBe(1);
  });

  it("are disabled when demo mode is off: no sign-in, and live sessions stop working; demo mode on enables them again", async () => {
    const user = await testDb.user.findUniqueOrThrow({ where: { email: admin }, select: { id: true, role: true } });
    actAs(user);
    expect(await getViewer()).toMatchObject({ id: user.id });

    expect(await disableDemoAccounts(testDb)).toBe(DEMO_ACCOUNTS.length);
    expect(await testDb.user.count({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) }, disabledAt: null } })).toBe(0);
    expect(await testDb.signInSession.count({ where: { userId: user.id } })).toBe(0);
    expect(await getViewer()).toBeNull();
    expect(await authenticate(admin, installation, { ip: "10.0.9.1", userAgent: null })).toBeNull();
    expect(await disableDemoAccounts(testDb)).toBe(0);

    await ensureDemoAccounts(testDb, installation);
    expect(await authenticate(admin, installation, { ip: "10.0.9.1", userAgent: null })).toMatchObject({ id: user.id });
  });
});
