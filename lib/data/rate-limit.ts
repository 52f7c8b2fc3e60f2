import "server-only";
import { createHash } from "node:crypto";
import { Pool } from "pg";
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";
import { Backoff, claimAttempt, forgottenAt, type BackoffDecision, type BackoffEntry, type BackoffOptions } from "@/lib/auth/backoff";
import { env } from "@/lib/env";
import { log } from "@/lib/log";
import { onPostgres } from "./sql-dialect";

type Limits = { keyPrefix: string; points: number; duration: number };

const globalForLimits = globalThis as unknown as { kaizenLimitPool?: Pool };

// A few connections of their own: a limit check must not queue behind the app's queries.
function pool(): Pool {
  if (!globalForLimits.kaizenLimitPool) {
    const limitPool = new Pool({ connectionString: env().DATABASE_URL, max: 4 });
    // An idle connection the server ends (a restart, a failover, an administrator) leaves the pool and
    // the next check opens another; unheard, the pool's "error" event would crash the process.
    limitPool.on("error", (error) => log.warn({ detail: error.message }, "rate-limit connection lost while idle"));
    globalForLimits.kaizenLimitPool = limitPool;
  }
  return globalForLimits.kaizenLimitPool;
}

// Rows outlive their expiry by a day before they go: instances' clocks may differ, and a row
// expired that long ago counts for nothing (both stores treat an expired row as a fresh key).
const KEEP_EXPIRED_MS = 24 * 60 * 60 * 1000;
const SWEEP_EVERY_MS = 10 * 60 * 1000;
const SWEEP_BATCH = 1000;

let nextSweepAt = 0;

/**
 * Deletes at most `batch` rows of the "RateLimit" table that expired more than a day before
 * `now`, and returns how many went. Rows another instance is deleting are skipped, not waited for.
 */
export async function sweepExpiredLimits(now = Date.now(), batch = SWEEP_BATCH): Promise<number> {
  const { rowCount } = await pool().query(
    `DELETE FROM "RateLimit" WHERE key IN (SELECT key FROM "RateLimit" WHERE expire < $1 LIMIT $2 FOR UPDATE SKIP LOCKED)`,
    [now - KEEP_EXPIRED_MS, batch],
  );
  return rowCount ?? 0;
}

/**
 * Every address and email ever seen leaves a row, so the writes themselves clear the expired
 * ones (no cron to forget to run): at most one bounded sweep per process every ten minutes,
 * sooner while a sweep still finds a full batch. The write does not wait for it.
 */
function sweepWhenDue() {
  const now = Date.now();
  if (now < nextSweepAt) return;
  nextSweepAt = now + SWEEP_EVERY_MS;
  sweepExpiredLimits(now).then(
    (deleted) => {
      if (deleted === SWEEP_BATCH) nextSweepAt = 0;
    },
    (error: unknown) => log.warn({ err: error }, "clearing expired rate-limit rows failed"),
  );
}

// rate-limiter-flexible's own clearExpiredByTimeout runs an unbounded DELETE on a timer in
// every limiter of every instance; this one sweep per process, bounded, replaces it.
class SweptRateLimiterPostgres extends RateLimiterPostgres {
  override consume(...args: Parameters<RateLimiterPostgres["consume"]>) {
    sweepWhenDue();
    return super.consume(...args);
  }
}

/**
 * A rate limiter that holds across instances: on PostgreSQL its counts live in the shared
 * "RateLimit" table (created by a PostgreSQL-only migration); on SQLite, which one instance
 * serves, in this process's memory.
 */
export function rateLimiter(limits: Limits): RateLimiterAbstract {
  if (!onPostgres()) return new RateLimiterMemory(limits);
  return new SweptRateLimiterPostgres({ ...limits, storeClient: pool(), storeType: "pool", tableName: "RateLimit", tableCreated: true, clearExpiredByTimeout: false });
}

/**
 * Whether a limiter's rejection says the key is over its limit. A limiter rejects with the
 * store's error when the store fails (PostgreSQL down or read-only): that is no limit, and the
 * caller throws it on, or a database that takes no writes would read "too many attempts".
 */
export function overLimit(rejection: unknown): rejection is RateLimiterRes {
  return rejection instanceof RateLimiterRes;
}

export type BackoffStore = {
  attempt(key: string): BackoffDecision | Promise<BackoffDecision>;
  succeeded(key: string): void | Promise<void>;
};

/** A growing back-off (lib/auth/backoff.ts) that, like `rateLimiter`, holds across instances on PostgreSQL. */
export function backoff(keyPrefix: string, options: BackoffOptions): BackoffStore {
  return onPostgres() ? new PostgresBackoff(keyPrefix, options) : new Backoff(options);
}

/**
 * A back-off's entries as rows of the "RateLimit" table, beside rate-limiter-flexible's own:
 * `points` holds the failures and `expire` the moment the entry is forgotten (in ms, as
 * rate-limiter-flexible keeps it), from which the end of the wait follows. Each claim reads
 * and writes its row under the row's lock, so claims from any instance are counted in turn.
 */
class PostgresBackoff {
  constructor(
    private readonly keyPrefix: string,
    private readonly options: BackoffOptions,
  ) {}

  // An email has no length limit; the table's key is varchar(255).
  private key(key: string): string {
    return `${this.keyPrefix}:${createHash("sha256").update(key).digest("base64url")}`;
  }

  async attempt(key: string): Promise<BackoffDecision> {
    sweepWhenDue();
    const client = await pool().connect();
    try {
      await client.query("BEGIN");
      // One statement that creates or locks the row: a separate insert and select would find
      // nothing when a sweep deleted the row in between.
      const { rows } = await client.query<{ points: number; expire: string }>(
        `INSERT INTO "RateLimit" (key, points, expire) VALUES ($1, 0, 0)
         ON CONFLICT (key) DO UPDATE SET points = "RateLimit".points RETURNING points, expire`,
        [this.key(key)],
      );
      const row = rows[0]!;
      const stored: BackoffEntry = { failures: row.points, notBefore: Number(row.expire) - this.options.forgetMs };
      const { decision, entry } = claimAttempt(this.options, stored, (this.options.now ?? Date.now)());
      await client.query(`UPDATE "RateLimit" SET points = $2, expire = $3 WHERE key = $1`, [this.key(key), entry.failures, forgottenAt(this.options, entry)]);
      await client.query("COMMIT");
      client.release();
      return decision;
    } catch (error) {
      // The connection may be mid-transaction or broken: the pool discards it rather than lend it again.
      client.release(error instanceof Error ? error : true);
      throw error;
    }
  }

  async succeeded(key: string): Promise<void> {
    await pool().query(`DELETE FROM "RateLimit" WHERE key = $1`, [this.key(key)]);
  }
}
