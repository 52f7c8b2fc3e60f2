// `npm run test:e2e`: a fresh production build, then the Playwright suite against it.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { clearDataCache } from "./data-cache";

const require = createRequire(import.meta.url);

function run(args: string[], env: NodeJS.ProcessEnv = process.env) {
  const result = spawnSync(process.execPath, args, { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// A stale data cache entry would be refreshed in the background while prerendering, against no database.
clearDataCache();
run([require.resolve("next/dist/bin/next"), "build"], { ...process.env, NODE_ENV: "production" });
run([require.resolve("@playwright/test/cli"), "test", ...process.argv.slice(2)]);
