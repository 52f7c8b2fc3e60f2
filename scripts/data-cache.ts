import fs from "node:fs";
import path from "node:path";

/**
 * Empties Next.js's data cache (.next/cache/fetch-cache), where cached reads of
 * published content outlive the server. The content import before a start can
 * change any course, and a test server's fresh database has new ids, so every
 * start begins with an empty cache. The cache is filled again by the first
 * requests; another instance serving meanwhile only refills it.
 */
export function clearDataCache(root = process.cwd()) {
  fs.rmSync(path.join(root, ".next", "cache", "fetch-cache"), { recursive: true, force: true });
}
