import { describe, expect, it } from "vitest";
import { storageFailureOf } from "./storage-failure";

describe("storageFailureOf", () => {
  it("recognises a read-only database and a full disk, also as a cause", () => {
    expect(storageFailureOf(Object.assign(new Error("attempt to write a readonly database"), { code: "SQLITE_READONLY" }))).toBe("read-only");
    expect(storageFailureOf(new Error("query failed", { cause: new Error("database or disk is full") }))).toBe("full");
    expect(storageFailureOf({ code: "P2010", meta: { message: "SQLITE_FULL" } })).toBe("full");
  });

  it("leaves every other error alone", () => {
    expect(storageFailureOf(new Error("Unique constraint failed"))).toBeNull();
    expect(storageFailureOf(Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;push;/sign-in" }))).toBeNull();
    expect(storageFailureOf(undefined)).toBeNull();
  });
});
