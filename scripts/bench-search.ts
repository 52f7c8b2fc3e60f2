// Search speed over the whole shipped catalog, without a database:
//   npx tsx scripts/bench-search.ts [--json FILE]
// Prints per-query latency of the index and, as a yardstick, of a naive scan
// that lower-cases every lesson and looks for the words.
import fs from "node:fs";
import { performance } from "node:perf_hooks";
import { CONTENT_ROOT, loadContent } from "../lib/content/load";
import { createSearchIndex, markdownToText, type SearchDocument } from "../lib/search/search-index";

const queries = ["takt time", "kaizen event", "earned value", "control chart", "stakeholder engagement", "servant leadership", "DPMO", "critical path", "empathy", "value stream map", "gage r&r", "resistance to change", "5S", "hypothesis test", "kanban"];

const docs: SearchDocument[] = loadContent(CONTENT_ROOT).flatMap((t) =>
  t.courses.flatMap((c) =>
    c.modules.flatMap((m) =>
      m.lessons.map((l) => ({ id: `${c.slug}/${l.slug}`, kind: "lesson" as const, title: l.title, text: markdownToText(l.body), trackSlug: t.slug, trackTitle: t.title, courseTitle: c.title, href: "" })),
    ),
  ),
);

function time(fn: () => unknown, rounds: number): number[] {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b);
}
const pct = (s: number[], p: number) => s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;

const buildStart = performance.now();
const search = createSearchIndex(docs);
const buildMs = performance.now() - buildStart;
for (const q of queries) search(q); // warm up

let i = 0;
const indexed = time(() => search(queries[i++ % queries.length]!), 1500);
const lower = docs.map((d) => `${d.title} ${d.text}`.toLowerCase());
let j = 0;
const naive = time(() => {
  const words = queries[j++ % queries.length]!.toLowerCase().split(" ");
  return lower.filter((t) => words.every((w) => t.includes(w)));
}, 1500);

const words = docs.reduce((n, d) => n + d.text.split(" ").length, 0);
console.log(`catalog: ${docs.length} lessons, ${words.toLocaleString("en")} words; index built in ${buildMs.toFixed(1)} ms`);
console.log(`search (ranked, fuzzy, snippets): p50 ${pct(indexed, 50).toFixed(3)} ms, p95 ${pct(indexed, 95).toFixed(3)} ms, max ${pct(indexed, 100).toFixed(3)} ms`);
console.log(`naive substring scan (no ranking): p50 ${pct(naive, 50).toFixed(3)} ms, p95 ${pct(naive, 95).toFixed(3)} ms`);
console.log(`ratio p95 search / naive scan: ${(pct(indexed, 95) / pct(naive, 95)).toFixed(2)}; budget 100 ms, p95 uses ${((100 * pct(indexed, 95)) / 100).toFixed(2)}% of it`);
const jsonAt = process.argv.indexOf("--json");
if (jsonAt > 0) {
  const p = (samples: number[]) => ({ p50Ms: pct(samples, 50), p95Ms: pct(samples, 95) });
  fs.writeFileSync(process.argv[jsonAt + 1]!, JSON.stringify({ lessons: docs.length, words, search: p(indexed), naiveScan: p(naive), ratioP95: pct(indexed, 95) / pct(naive, 95) }, null, 2));
}
