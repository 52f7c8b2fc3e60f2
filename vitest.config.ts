import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

// One seeded template per run, so two runs at once (CI and a developer, or two
// checkouts) never copy a template the other is rebuilding. Workers inherit it.
process.env.KAIZEN_TEST_DIR ??= path.resolve(".tmp", `vitest-${process.pid}`);
// The demo accounts in the seeded template get a password of this run's own.
process.env.KAIZEN_DEMO_PASSWORD ??= randomBytes(18).toString("base64url");

export default defineConfig({
  resolve: {
    alias: [
      { find: /^@\//, replacement: `${path.resolve(import.meta.dirname)}/` },
      // The real package throws outside React Server Components; tests run the server code directly.
      { find: /^server-only$/, replacement: path.resolve(import.meta.dirname, "test/stubs/server-only.ts") },
    ],
  },
  test: {
    environment: "node",
    include: ["lib/**/*.test.ts", "components/**/*.test.tsx", "app/**/*.test.ts", "prisma/**/*.test.ts", "scripts/**/*.test.ts", "test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    setupFiles: ["test/setup.ts"],
    pool: "forks",
    // Vitest keeps a core for its own process by default, which on two cores means one worker; the
    // main process only collects results, and the files wait on SQLite and argon2 in turn (222 s -> 136 s).
    maxWorkers: os.availableParallelism(),
    // next-auth imports "next/server" without an extension, which only a bundler resolves.
    server: { deps: { inline: ["next-auth"] } },
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
