import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { getViewer } from "@/lib/data/viewer";
import { createUser, testDb } from "@/test/helpers";
import { actAs } from "@/test/session";
import { makeAdmin } from "./admin-account";

describe("makeAdmin (npm run create-admin)", () => {
  it("creates an admin", async () => {
    const admin = await makeAdmin(testDb, { name: "Root", email: "root@example.com", passwordHash: await hashPassword("brass kite meadow lamp") });
    expect(await testDb.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({ role: "admin", email: "root@example.com" });
  });

  it("on an existing account, sets the new password and ends every session it had", async () => {
    const user = await createUser("learner");
    actAs(user);
    expect(await getViewer()).toMatchObject({ id: user.id });

    await makeAdmin(testDb, { name: user.name, email: user.email, passwordHash: await hashPassword("copper fern lantern sky") });

    const after = await testDb.user.findUniqueOrThrow({ where: { id: user.id }, select: { role: true, passwordHash: true, disabledAt: true } });
    expect(after.role).toBe("admin");
    expect(after.disabledAt).toBeNull();
    expect(await verifyPassword(after.passwordHash, "copper fern lantern sky")).toBe(true);
    expect(await testDb.signInSession.count({ where: { userId: user.id } })).toBe(0);
    expect(await getViewer()).toBeNull();
  });
});
