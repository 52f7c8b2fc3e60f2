import { afterEach, describe, expect, it, vi } from "vitest";
import { GET as health } from "../health/route";
import { GET as ready } from "./route";

// The app's client, with its raw queries counted and, per test, replaced.
const probe = vi.hoisted(() => ({ calls: 0, replacement: null as null | (() => Promise<unknown>) }));
vi.mock("@/lib/db", async (actual) => {
  const { db } = await actual<{ db: object }>();
  const $queryRaw = (...args: unknown[]) => {
    probe.calls++;
    return probe.replacement ? probe.replacement() : Reflect.apply(Reflect.get(db, "$queryRaw"), db, args);
  };
  return { db: new Proxy(db, { get: (target, key) => (key === "$queryRaw" ? $queryRaw : Reflect.get(target, key)) }) };
});

const call = (handler: typeof ready) => handler(new Request("http://localhost/api/ready"), { params: Promise.resolve({}) });

afterEach(() => {
  vi.restoreAllMocks();
  probe.calls = 0;
  probe.replacement = null;
});

describe("health and readiness", () => {
  it("liveness answers without the database", async () => {
    const response = await call(health);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
    expect(probe.calls).toBe(0);
  });

  it("is ready when the database answers", async () => {
    const response = await call(ready);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toMatchObject({ ok: true });
    expect(probe.calls).toBe(1);
  });

  it("is not ready, with a reason and no error details, when the database fails", async () => {
    probe.replacement = () => Promise.reject(new Error("SQLITE_CANTOPEN: /secret/path/kaizen.db"));
    const response = await call(ready);
    expect(response.status).toBe(503);
    const body = await response.json();
    expect(body).toEqual({ ok: false, reason: "database unavailable" });
  });

  it("is not ready when the database does not answer in time", async () => {
    probe.replacement = () => new Promise(() => {});
    const started = Date.now();
    const response = await call(ready);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ ok: false, reason: "database timeout" });
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
