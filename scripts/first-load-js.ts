// First-load JavaScript per route of the last `next build`, gzip-compressed as
// a browser receives it: the chunks Next.js lists for each route in
// .next/diagnostics/route-bundle-stats.json, each gzipped at level 9 and summed.
//   npx tsx scripts/first-load-js.ts [--json] [route …]
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { pathToFileURL } from "node:url";

type RouteStats = { route: string; firstLoadUncompressedJsBytes: number; firstLoadChunkPaths: string[] };
export type FirstLoad = { route: string; gzipBytes: number; rawBytes: number; chunks: number };

/** The budgets of issue 13, in bytes of gzip; routes not listed have none. */
export const FIRST_LOAD_BUDGETS: Record<string, number> = {
  "/": 150 * 1024,
  "/catalog": 150 * 1024,
  "/courses/[slug]": 150 * 1024,
  "/learn/[course]/[lesson]": 150 * 1024,
  "/exams/[attemptId]": 150 * 1024,
  "/dashboard": 200 * 1024,
};

export function firstLoadJs(root = process.cwd()): FirstLoad[] {
  const file = path.join(root, ".next/diagnostics/route-bundle-stats.json");
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`next build\` first`);
  const stats = JSON.parse(fs.readFileSync(file, "utf8")) as RouteStats[];
  const gzipped = new Map<string, number>();
  const sizeOf = (chunk: string) => {
    if (!gzipped.has(chunk)) gzipped.set(chunk, gzipSync(fs.readFileSync(path.join(root, chunk)), { level: 9 }).length);
    return gzipped.get(chunk)!;
  };
  return stats
    .map((s) => ({
      route: s.route,
      gzipBytes: s.firstLoadChunkPaths.reduce((sum, chunk) => sum + sizeOf(chunk), 0),
      rawBytes: s.firstLoadUncompressedJsBytes,
      chunks: s.firstLoadChunkPaths.length,
    }))
    .sort((a, b) => a.route.localeCompare(b.route));
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const args = process.argv.slice(2);
  const only = args.filter((a) => !a.startsWith("--"));
  const rows = firstLoadJs().filter((r) => only.length === 0 || only.includes(r.route));
  if (args.includes("--json")) console.log(JSON.stringify(rows, null, 2));
  else {
    console.log(`${"route".padEnd(40)} ${"gzip KB".padStart(8)} ${"raw KB".padStart(8)}  budget`);
    for (const r of rows) {
      const budget = FIRST_LOAD_BUDGETS[r.route];
      const verdict = budget === undefined ? "" : `${kb(budget)} ${r.gzipBytes <= budget ? "ok" : "OVER"}`;
      console.log(`${r.route.padEnd(40)} ${kb(r.gzipBytes).padStart(8)} ${kb(r.rawBytes).padStart(8)}  ${verdict}`);
    }
  }
}
