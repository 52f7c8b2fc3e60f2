import { describe, expect, it } from "vitest";
import { parseEnv } from "./env";

describe("parseEnv", () => {
  it("defaults: the socket address, an hour of idle time, no public address", () => {
    const env = parseEnv({ NODE_ENV: "test" });
    expect(env).toMatchObject({ TRUSTED_PROXY_HOPS: 0, SESSION_IDLE_MINUTES: 60, SESSION_MAX_AGE_HOURS: 12 });
    expect(env.AUTH_URL).toBeUndefined();
  });

  it("reads the proxy hops, idle minutes and public address", () => {
    const env = parseEnv({ NODE_ENV: "test", TRUSTED_PROXY_HOPS: "2", SESSION_IDLE_MINUTES: "15", AUTH_URL: "https://academy.example.com" });
    expect(env).toMatchObject({ TRUSTED_PROXY_HOPS: 2, SESSION_IDLE_MINUTES: 15, AUTH_URL: "https://academy.example.com" });
    expect(parseEnv({ NODE_ENV: "test", AUTH_URL: "" }).AUTH_URL).toBeUndefined();
  });

  it.each([
    [{ TRUSTED_PROXY_HOPS: "-1" }, /TRUSTED_PROXY_HOPS/],
    [{ TRUSTED_PROXY_HOPS: "one" }, /TRUSTED_PROXY_HOPS/],
    [{ SESSION_IDLE_MINUTES: "0" }, /SESSION_IDLE_MINUTES/],
    [{ AUTH_URL: "ftp://academy.example.com" }, /AUTH_URL/],
  ])("refuses %j with a message naming the variable", (values, message) => {
    expect(() => parseEnv({ NODE_ENV: "test", ...values })).toThrow(message);
  });
});
