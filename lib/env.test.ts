import { describe, expect, it } from "vitest";
import { parseEnv as parse } from "./env";

const parseEnv = (vars: Record<string, string>) => parse({ NODE_ENV: "test", ...vars });

const production = { NODE_ENV: "production", AUTH_SECRET: "x".repeat(40) } as const;

describe("site address", () => {
  it("comes from AUTH_URL, reduced to its origin", () => {
    expect(parseEnv({ AUTH_URL: "https://academy.example.com/api/auth" }).siteUrl).toBe("https://academy.example.com");
  });

  it("is this machine's port in demo mode when AUTH_URL is unset or empty", () => {
    expect(parseEnv({ PORT: "3202" }).siteUrl).toBe("http://localhost:3202");
    expect(parseEnv({ AUTH_URL: "" }).siteUrl).toBe("http://localhost:3000");
  });

  it("must be given in production without demo mode, and be an http(s) address", () => {
    expect(() => parseEnv({ ...production, KAIZEN_DEMO: "false" })).toThrow(/AUTH_URL must be set/);
    expect(() => parseEnv({ ...production, KAIZEN_DEMO: "false", AUTH_URL: "javascript:alert(1)" })).toThrow(/AUTH_URL must be the site's public address/);
    expect(parseEnv({ ...production, KAIZEN_DEMO: "false", AUTH_URL: "https://academy.example.com" }).siteUrl).toBe("https://academy.example.com");
  });
});
