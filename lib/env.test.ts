import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

const test = (vars: Record<string, string> = {}) => parseEnv({ NODE_ENV: "test", ...vars });
const production = { NODE_ENV: "production", AUTH_SECRET: "x".repeat(40) } as const;

describe("parseEnv", () => {
  it("defaults: the socket address, an hour of idle time, no public address", () => {
    const env = test();
    expect(env).toMatchObject({ TRUSTED_PROXY_HOPS: 0, SESSION_IDLE_MINUTES: 60, SESSION_MAX_AGE_HOURS: 12 });
    expect(env.AUTH_URL).toBeUndefined();
  });

  it("reads the proxy hops, idle minutes and public address", () => {
    const env = test({ TRUSTED_PROXY_HOPS: "2", SESSION_IDLE_MINUTES: "15", AUTH_URL: "https://academy.example.com" });
    expect(env).toMatchObject({ TRUSTED_PROXY_HOPS: 2, SESSION_IDLE_MINUTES: 15, AUTH_URL: "https://academy.example.com" });
    expect(test({ AUTH_URL: "" }).AUTH_URL).toBeUndefined();
  });

  it.each([
    [{ TRUSTED_PROXY_HOPS: "-1" }, /TRUSTED_PROXY_HOPS/],
    [{ TRUSTED_PROXY_HOPS: "one" }, /TRUSTED_PROXY_HOPS/],
    [{ SESSION_IDLE_MINUTES: "0" }, /SESSION_IDLE_MINUTES/],
    [{ AUTH_URL: "ftp://academy.example.com" }, /AUTH_URL/],
  ])("refuses %j with a message naming the variable", (values, message) => {
    expect(() => test(values)).toThrow(message);
  });
});

describe("site address", () => {
  it("comes from AUTH_URL, reduced to its origin", () => {
    expect(test({ AUTH_URL: "https://academy.example.com/api/auth" }).siteUrl).toBe("https://academy.example.com");
  });

  it("is this machine's port in demo mode when AUTH_URL is unset or empty", () => {
    expect(test({ PORT: "3202" }).siteUrl).toBe("http://localhost:3202");
    expect(test({ AUTH_URL: "" }).siteUrl).toBe("http://localhost:3000");
  });

  it("must be given in production without demo mode, and be an http(s) address", () => {
    expect(() => parseEnv({ ...production, KAIZEN_DEMO: "false" })).toThrow(/AUTH_URL must be set/);
    expect(() => parseEnv({ ...production, KAIZEN_DEMO: "false", AUTH_URL: "javascript:alert(1)" })).toThrow(/AUTH_URL must be the site's public address/);
    expect(parseEnv({ ...production, KAIZEN_DEMO: "false", AUTH_URL: "https://academy.example.com" }).siteUrl).toBe("https://academy.example.com");
  });
});
