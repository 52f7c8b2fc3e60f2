import { describe, expect, it } from "vitest";
import { isCommonPassword, passwordProblem } from "./password-policy";

describe("passwordProblem", () => {
  it("accepts a long passphrase without composition rules", () => {
    expect(passwordProblem("correct horse battery staple")).toBeNull();
    expect(passwordProblem("kettle orbit violin")).toBeNull();
  });

  it("enforces 12 to 128 characters", () => {
    expect(passwordProblem("short pass1")).toMatch(/at least 12/);
    expect(passwordProblem("a quiet tune".repeat(11))).toMatch(/at most 128/);
    expect(passwordProblem("x".repeat(3) + " tidy meadow" + "y".repeat(113))).toBeNull();
  });

  it.each([
    "123qweasdzxc",
    "qwerty123456",
    "passwordpassword",
    "password123456",
    "!!!password!!!",
    "Password2026!",
    "aaaaaaaaaaaa",
    "123456789012",
    "abcdefghijklmnop",
    "kaizen123456",
    "letmeinletmein",
  ])("refuses the common or trivial password %s", (pw) => {
    expect(isCommonPassword(pw)).toBe(true);
    expect(passwordProblem(pw)).not.toBeNull();
  });

  it("refuses passwords built from the user's own email or name", () => {
    expect(passwordProblem("maria.lopez-rocks!", { email: "maria.lopez@example.com" })).toMatch(/email/);
    expect(passwordProblem("I am Dana Whitfield", { name: "Dana Whitfield" })).toMatch(/name/);
  });
});
