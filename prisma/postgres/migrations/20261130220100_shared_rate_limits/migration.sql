-- PostgreSQL only (not in the Prisma models): rate-limiter-flexible's store, shared by every
-- app instance (lib/data/rate-limit.ts). The shape is the one RateLimiterPostgres creates.
CREATE TABLE "RateLimit" (
    key varchar(255) PRIMARY KEY,
    points integer NOT NULL DEFAULT 0,
    expire bigint
);
