import { describe, expect, it } from "vitest";
import { StorageFailureError, asStorageFailure, storageFailureDetail, storageFailureOf, storageFailureOfDigest } from "./storage-failure";

describe("storageFailureOf", () => {
  it("recognises a read-only database and a full disk, also as a cause", () => {
    expect(storageFailureOf(Object.assign(new Error("attempt to write a readonly database"), { code: "SQLITE_READONLY" }))).toBe("read-only");
    expect(storageFailureOf(new Error("query failed", { cause: new Error("database or disk is full") }))).toBe("full");
    expect(storageFailureOf({ code: "P2010", meta: { message: "SQLITE_FULL" } })).toBe("full");
    expect(storageFailureOf(new Error("cannot execute INSERT in a read-only transaction"))).toBe("read-only");
    expect(storageFailureOf(new Error('could not extend file "base/16384/16423": No space left on device'))).toBe("full");
  });

  it("leaves every other error alone", () => {
    expect(storageFailureOf(new Error("Unique constraint failed"))).toBeNull();
    expect(storageFailureOf(Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;push;/sign-in" }))).toBeNull();
    expect(storageFailureOf(undefined)).toBeNull();
  });

  it("recognises a storage failure Auth.js wrapped around what its callback threw", () => {
    const callbackRouteError = new Error("Read more at https://errors.authjs.dev#callbackrouteerror", {
      cause: { err: Object.assign(new Error("attempt to write a readonly database"), { code: "SQLITE_READONLY" }), provider: "credentials" },
    });
    expect(storageFailureOf(callbackRouteError)).toBe("read-only");
    expect(storageFailureDetail(callbackRouteError)).toBe("attempt to write a readonly database");
  });
});

describe("asStorageFailure", () => {
  it("turns a driver's storage error into one line without a stack, carrying a digest the error page reads", () => {
    const prisma = Object.assign(new Error("\nInvalid `prisma.lessonNote.create()` invocation in\n/app/lib/data/notes.ts:3:1\n\ndatabase or disk is full"), { code: "SQLITE_FULL" });
    const error = asStorageFailure(prisma) as StorageFailureError;
    expect(error).toBeInstanceOf(StorageFailureError);
    expect(error.message).toBe("database or disk is full");
    expect(error.stack).toBe("StorageFailureError: database or disk is full");
    expect(storageFailureOfDigest(error.digest)).toBe("full");
    expect(storageFailureOf(error)).toBe("full");
    expect(asStorageFailure(error)).toBe(error);
  });

  it("leaves every other error as it is", () => {
    const other = new Error("Unique constraint failed on the fields: (`email`)");
    expect(asStorageFailure(other)).toBe(other);
    expect(asStorageFailure("text")).toBe("text");
  });
});

describe("storageFailureOfDigest", () => {
  it("names the failure only for the data layer's own digests", () => {
    expect(storageFailureOfDigest("KAIZEN_STORAGE_FAILURE;read-only")).toBe("read-only");
    expect(storageFailureOfDigest("KAIZEN_STORAGE_FAILURE;full")).toBe("full");
    expect(storageFailureOfDigest("KAIZEN_STORAGE_FAILURE;other")).toBeNull();
    expect(storageFailureOfDigest("2761935423")).toBeNull();
    expect(storageFailureOfDigest("NEXT_HTTP_ERROR_FALLBACK;404")).toBeNull();
    expect(storageFailureOfDigest(undefined)).toBeNull();
  });
});
