import { Writable } from "node:stream";
import { describe, expect, it, vi } from "vitest";
import { createLogger, requestLog } from "./log";

vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-request-id": "req-1234abcd" }) }));

function capture() {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      raw.push(String(chunk));
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: createLogger(stream, "info"), lines, raw };
}

describe("the server log", () => {
  it("writes one JSON line per event, with a level, time and message", () => {
    const { logger, lines } = capture();
    logger.info({ attemptId: "a1" }, "exam submitted");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 30, msg: "exam submitted", attemptId: "a1", app: "kaizen-academy" });
    expect(typeof lines[0]!.time).toBe("string");
  });

  it("never writes secrets or answers, wherever they sit in a logged object", () => {
    const { logger, raw } = capture();
    const secrets = ["hunter2-pass", "new-pass-456", "jwt.abc.def", "sess=xyz", "s3cr3t-auth", "B", "file:/srv/kaizen.db"];
    logger.warn(
      {
        password: "hunter2-pass",
        input: { newPassword: "new-pass-456", response: { choice: "B" }, attemptId: "a1" },
        headers: { cookie: "sess=xyz", authorization: "jwt.abc.def" },
        env: { AUTH_SECRET: "s3cr3t-auth", DATABASE_URL: "file:/srv/kaizen.db" },
        answers: [{ position: 1, response: "B" }],
      },
      "something odd",
    );
    const line = raw.join("");
    for (const secret of secrets.filter((s) => s.length > 1)) expect(line).not.toContain(secret);
    expect(line).not.toContain('"choice"');
    expect(line).toContain("[redacted]");
    expect(JSON.parse(line).input.attemptId).toBe("a1");
  });

  it("puts the request's id on every line logged during a request", async () => {
    const { logger, lines } = capture();
    const log = await requestLog(logger);
    log.info("first");
    log.child({ attemptId: "a1" }).error("second");
    expect(lines.map((l) => l.reqId)).toEqual(["req-1234abcd", "req-1234abcd"]);
  });
});
