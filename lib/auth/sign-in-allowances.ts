// How many password checks sign-in allows (lib/data/auth/sign-in-limits.ts applies them).
// Apart from the server-only code, so the end-to-end tests can count against them.

// Per account: a growing back-off rather than a lock-out an attacker could
// keep a real user in; the cap bounds how long the owner may have to wait.
export const ACCOUNT_BACKOFF = { freeFailures: 3, baseMs: 1000, capMs: 15 * 60_000, forgetMs: 24 * 3_600_000 };

// Per address, so one client cannot spray a password over many accounts.
export const ATTEMPTS_PER_ADDRESS = 30;
