import { describe, expect, it } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { testDb } from "@/test/helpers";
import { authenticate } from "./auth";

async function userWithPassword(email: string, password: string) {
  return testDb.user.create({ data: { name: "Sam", email, passwordHash: await hashPassword(password) }, select: { id: true } });
}

describe("authenticate", () => {
  it("returns the user for the right password and nothing otherwise", async () => {
    const { id } = await userWithPassword("sam@example.com", "amber kettle drift");
    expect(await authenticate("sam@example.com", "amber kettle drift", "10.0.0.1")).toMatchObject({ id, role: "learner" });
    expect(await authenticate("sam@example.com", "amber kettle drifts", "10.0.0.1")).toBeNull();
    expect(await authenticate("nobody@example.com", "amber kettle drift", "10.0.0.1")).toBeNull();
  });

  it("locks an account out after five failures, even with the right password", async () => {
    await userWithPassword("target@example.com", "cobalt meadow sings");
    for (let i = 0; i < 5; i++) expect(await authenticate("target@example.com", `guess number ${i}`, `10.0.1.${i}`)).toBeNull();
    expect(await authenticate("target@example.com", "cobalt meadow sings", "10.0.2.1")).toBe("rate_limited");
  });
});
