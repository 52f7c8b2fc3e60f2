import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "./log";
import { quietStorageFailures, reportStorageFailure } from "./request-errors";
import { asStorageFailure } from "./storage-failure";

function capture() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: createLogger(stream, "info"), lines };
}

const prismaReadOnly = () =>
  Object.assign(new Error("\nInvalid `prisma.attempt.create()` invocation:\n\n→ 15 await db.attempt.create(\nattempt to write a readonly database"), { code: "SQLITE_READONLY" });
const request = { path: "/exams/a1?token=secret-token", method: "GET", headers: { "x-request-id": "req-1234abcd" } };
const context = { routePath: "/(learner)/exams/[attemptId]", routeType: "render" };

describe("errors Next.js catches in a request", () => {
  it("log a storage failure from a page's render as one line: kind, what to fix, the request, no query and no stack", () => {
    const { logger, lines } = capture();
    expect(reportStorageFailure(asStorageFailure(prismaReadOnly()), request, context, logger)).toBe(true);
    expect(lines).toEqual([
      expect.objectContaining({
        level: 50,
        reqId: "req-1234abcd",
        storage: "read-only",
        detail: "attempt to write a readonly database",
        method: "GET",
        path: "/exams/a1",
        route: "/(learner)/exams/[attemptId]",
        during: "render",
        msg: "database read-only: writes fail; make the database writable (the SQLite file and its directory, or a PostgreSQL primary that accepts writes)",
      }),
    ]);
    expect(JSON.stringify(lines)).not.toMatch(/secret-token|\\n\s+at |invocation/);
  });

  it("leave every other error to Next.js", () => {
    const { logger, lines } = capture();
    expect(reportStorageFailure(new Error("Cannot read properties of undefined"), request, context, logger)).toBe(false);
    expect(lines).toEqual([]);
  });

  it("drop Next.js's own print of a storage failure the data layer raised, and keep every other print", () => {
    const printed: unknown[][] = [];
    const target = { error: (...args: unknown[]) => void printed.push(args) };
    quietStorageFailures(target);
    const other = Object.assign(new Error("boom"), { digest: "1234567" });
    target.error(" ⨯", asStorageFailure(prismaReadOnly()));
    target.error(" ⨯", other);
    target.error("plain text");
    expect(printed).toEqual([[" ⨯", other], ["plain text"]]);
  });
});
