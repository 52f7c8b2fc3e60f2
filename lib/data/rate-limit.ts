import "server-only";
import { Pool } from "pg";
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from "rate-limiter-flexible";
import { env } from "@/lib/env";
import { onPostgres } from "./sql-dialect";

type Limits = { keyPrefix: string; points: number; duration: number };

const globalForLimits = globalThis as unknown as { kaizenLimitPool?: Pool };

// A few connections of their own: a limit check must not queue behind the app's queries.
function pool(): Pool {
  globalForLimits.kaizenLimitPool ??= new Pool({ connectionString: env().DATABASE_URL, max: 4 });
  return globalForLimits.kaizenLimitPool;
}

/**
 * A rate limiter that holds across instances: on PostgreSQL its counts live in the shared
 * "RateLimit" table (created by a PostgreSQL-only migration); on SQLite, which one instance
 * serves, in this process's memory.
 */
export function rateLimiter(limits: Limits): RateLimiterAbstract {
  if (!onPostgres()) return new RateLimiterMemory(limits);
  return new RateLimiterPostgres({ ...limits, storeClient: pool(), storeType: "pool", tableName: "RateLimit", tableCreated: true, clearExpiredByTimeout: false });
}
