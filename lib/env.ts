// The environment, parsed and checked once. Import `env` on the server only.
import "@/lib/validation/zod-config";
import { z } from "zod";
import { resolveDatabaseUrl } from "./database-url";

const flag = z
  .enum(["true", "false", "1", "0", "yes", "no"])
  .transform((v) => v === "true" || v === "1" || v === "yes");

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    DATABASE_URL: z.string().optional().transform(resolveDatabaseUrl),
    AUTH_SECRET: z.string().optional(),
    KAIZEN_DEMO: flag.default(true),
    /** Set by Next.js; during `next build` nothing needs the secret. */
    NEXT_PHASE: z.string().optional(),
    /** Session lifetime in hours from sign-in; Auth.js defaults to 30 days, far too long for shared computers. */
    SESSION_MAX_AGE_HOURS: z.coerce.number().int().min(1).max(24 * 14).default(12),
    /** A session unused for this long ends, whatever is left of its lifetime. */
    SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(24 * 60 * 14).default(60),
    /**
     * How many reverse proxies in front of the app append to X-Forwarded-For.
     * 0: the app is reached directly (see lib/client-address.ts for what that can and cannot tell).
     */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    /** The site's public address. Links that leave the site (the certificate's verification link) are built from it, never from the request's Host header; an https one makes the session cookie Secure and `__Secure-` prefixed. */
    AUTH_URL: z.preprocess((v) => (v === "" ? undefined : v), z.httpUrl({ error: "AUTH_URL must be the site's public address, like https://academy.example.com." }).optional()),
    PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
    /** Where lesson images uploaded in the studio are kept. */
    UPLOAD_DIR: z.string().min(1).default("data/uploads"),
  })
  .superRefine((value, ctx) => {
    if (value.NODE_ENV === "production" && value.NEXT_PHASE !== "phase-production-build" && (!value.AUTH_SECRET || value.AUTH_SECRET.length < 32)) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message:
          "AUTH_SECRET must be set to at least 32 random characters in production (generate one with `openssl rand -base64 33`). `npm start` in demo mode creates one for you.",
      });
    }
    if (value.NODE_ENV === "production" && value.NEXT_PHASE !== "phase-production-build" && !value.KAIZEN_DEMO && !value.AUTH_URL) {
      ctx.addIssue({
        code: "custom",
        path: ["AUTH_URL"],
        message: "AUTH_URL must be set to the site's public address (like https://academy.example.com) when KAIZEN_DEMO is false.",
      });
    }
  })
  .transform((value) => ({
    ...value,
    /** Origin for absolute links: AUTH_URL's, or this machine's in demo mode. */
    siteUrl: value.AUTH_URL ? new URL(value.AUTH_URL).origin : `http://localhost:${value.PORT}`,
  }));

export type Env = z.infer<typeof schema>;

export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;

/** The parsed environment; throws with a readable list of problems on first use. */
export function env(): Env {
  cached ??= parseEnv();
  return cached;
}
