import { CredentialsSignin } from "next-auth";
import { beforeEach, describe, expect, it } from "vitest";
import { authMock, actAs } from "@/test/session";
import { form, testDb } from "@/test/helpers";
import { registerAction, signInAction } from "./actions";

const idle = { status: "idle" } as const;
const strong = "quiet harbour lantern maple";

beforeEach(() => {
  actAs(null);
  authMock.signIn.mockReset();
});

describe("registerAction", () => {
  it("creates a learner with an argon2id hash and signs them in", async () => {
    await registerAction(idle, form({ name: "Noor Haddad", email: "  Noor.Haddad@Example.com ", password: strong }));
    const user = await testDb.user.findUniqueOrThrow({ where: { email: "noor.haddad@example.com" } });
    expect(user.role).toBe("learner");
    expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(authMock.signIn).toHaveBeenCalledWith("credentials", expect.objectContaining({ email: "noor.haddad@example.com", password: strong }));
  });

  it("reports every missing field and writes nothing", async () => {
    const before = await testDb.user.count();
    const state = await registerAction(idle, form({}));
    expect(state.status).toBe("error");
    expect(state.fieldErrors).toEqual({ name: "Enter your name.", email: "Enter your email address.", password: "Choose a password." });
    expect(await testDb.user.count()).toBe(before);
    expect(authMock.signIn).not.toHaveBeenCalled();
  });

  it.each([
    [{ name: "x".repeat(101), email: "a@example.com", password: strong }, "name", /at most 100/],
    [{ name: "A", email: `${"a".repeat(250)}@example.com`, password: strong }, "email", /at most 254/],
    [{ name: "A", email: "not-an-email", password: strong }, "email", /like name@example.com/],
    [{ name: "A", email: "a@example.com", password: "short" }, "password", /at least 12/],
    [{ name: "A", email: "a@example.com", password: "p".repeat(129) }, "password", /at most 128/],
    [{ name: "A", email: "a@example.com", password: "password123456" }, "password", /too common/],
  ])("refuses bad input %# with a message on the field", async (values, field, message) => {
    const before = await testDb.user.count();
    const state = await registerAction(idle, form(values));
    expect(state.fieldErrors?.[field as "name"]).toMatch(message);
    expect(await testDb.user.count()).toBe(before);
  });

  it("refuses a value of the wrong type", async () => {
    const data = form({ email: "file@example.com", password: strong });
    data.set("name", new File(["x"], "name.txt"));
    const state = await registerAction(idle, data);
    expect(state.fieldErrors?.name).toBe("Enter your name.");
    expect(await testDb.user.findUnique({ where: { email: "file@example.com" } })).toBeNull();
  });

  it.each([
    ["Eve\u202Enosirrah", /formatting characters/],
    ["Eve\u2066Admin\u2069", /formatting characters/],
    ["Eve\u0007", /control character/],
    ["Eve 😀", /Certificates can't print/],
  ])("refuses the name %j, which could disguise itself on a certificate, and writes nothing", async (name, message) => {
    const email = `disguise-${Math.random().toString(36).slice(2)}@example.com`;
    const state = await registerAction(idle, form({ name, email, password: strong }));
    expect(state.fieldErrors?.name).toMatch(message);
    expect(await testDb.user.findUnique({ where: { email } })).toBeNull();
  });

  it("stores the name as it will be printed: composed, spaces collapsed", async () => {
    await registerAction(idle, form({ name: "  Zoe\u0308\u00A0 Ødegaard ", email: "zoe@example.com", password: strong }));
    expect((await testDb.user.findUniqueOrThrow({ where: { email: "zoe@example.com" } })).name).toBe("Zoë Ødegaard");
  });

  it("refuses a second account for the same email, whatever its case", async () => {
    await registerAction(idle, form({ name: "First", email: "twin@example.com", password: strong }));
    const state = await registerAction(idle, form({ name: "Second", email: "TWIN@example.com", password: strong }));
    expect(state.fieldErrors?.email).toMatch(/already exists/);
    expect(await testDb.user.count({ where: { email: "twin@example.com" } })).toBe(1);
  });
});

describe("registration throttle", () => {
  it("stops a flood of sign-ups from one address, with a message", async () => {
    const before = await testDb.user.count();
    // Earlier tests in this file used some of the hour's allowance; use up the rest.
    let state = await registerAction(idle, form({ name: "Flood", email: "flood-0@example.com", password: strong }));
    for (let i = 1; i <= 10 && state.status !== "error"; i++) {
      state = await registerAction(idle, form({ name: "Flood", email: `flood-${i}@example.com`, password: strong }));
    }
    expect(state).toMatchObject({ status: "error", message: expect.stringMatching(/Too many accounts/) });
    expect(await testDb.user.count()).toBeLessThanOrEqual(before + 10);
  });
});

describe("signInAction", () => {
  it("says the same thing for an unknown email and a wrong password", async () => {
    authMock.signIn.mockRejectedValue(new CredentialsSignin());
    const state = await signInAction(idle, form({ email: "nobody@example.com", password: "whatever it is" }));
    expect(state).toEqual({ status: "error", message: "Incorrect email or password." });
  });

  it("validates the fields before asking Auth.js", async () => {
    const state = await signInAction(idle, form({ email: "nope", password: "" }));
    expect(state.fieldErrors).toEqual({ email: expect.any(String), password: "Enter your password." });
    expect(authMock.signIn).not.toHaveBeenCalled();
  });

  it("only redirects to paths on this site after signing in", async () => {
    await signInAction(idle, form({ email: "a@example.com", password: "x", callbackUrl: "https://evil.example/" }));
    expect(authMock.signIn).toHaveBeenCalledWith("credentials", expect.objectContaining({ redirectTo: "/home" }));
  });
});
