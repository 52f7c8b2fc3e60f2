import { describe, expect, it } from "vitest";
import { requestIdFrom } from "./request-id";

describe("requestIdFrom", () => {
  it("keeps a load balancer's id", () => {
    expect(requestIdFrom(new Headers({ "x-request-id": "lb-7f3a9c01" }))).toBe("lb-7f3a9c01");
  });

  it("makes a fresh one when there is none, or it could forge a log line", () => {
    const made = requestIdFrom(new Headers());
    expect(made).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFrom(new Headers())).not.toBe(made);
    expect(requestIdFrom(new Headers({ "x-request-id": 'abc" {"level":60}' }))).toMatch(/^[0-9a-f-]{36}$/);
  });
});
