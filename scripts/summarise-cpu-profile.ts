// Where a V8 .cpuprofile (node --cpu-prof) spends its time, mapped back through
// the build's source maps (the server chunks are minified), by self time and by
// inclusive time, per function and per area (Auth.js, Prisma, SQLite, React's
// RSC renderer, Next's server, zod, the application):
//   npx tsx scripts/summarise-cpu-profile.ts <file.cpuprofile> [--json]
// Inclusive time follows synchronous stacks only: an async function's work after
// an await shows under the microtask that resumed it, so areas are the better guide.
import fs from "node:fs";
import path from "node:path";
import { SourceMap } from "node:module";
import { fileURLToPath } from "node:url";

type CallFrame = { functionName: string; url: string; lineNumber: number; columnNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

const AREAS: [string, RegExp][] = [
  ["auth (Auth.js, jose, hkdf)", /@auth\/|next-auth|\/jose\/|@panva|lib\/auth\//],
  ["prisma client (query compiler, JS engine)", /@prisma\/client|lib\/generated\/prisma|query_compiler|@prisma\/client-engine-runtime|@prisma\/driver-adapter/],
  ["prisma better-sqlite3 adapter", /@prisma\/adapter-better-sqlite3/],
  ["better-sqlite3 (SQLite, native)", /better-sqlite3/],
  ["zod", /\/zod\//],
  ["react server (RSC render, flight)", /react-server-dom|\/react\/|react-dom/],
  ["next server", /\/next\/dist\//],
  ["application (app/, lib/, proxy)", /(^|\/)(app|lib|components)\/|proxy\.ts/],
  ["node internals", /^node:/],
];

const maps = new Map<string, SourceMap | null>();

function sourceMapFor(url: string): SourceMap | null {
  if (!maps.has(url)) {
    let map: SourceMap | null = null;
    try {
      const file = url.startsWith("file:") ? fileURLToPath(url) : url;
      if (file.includes("/.next/") && fs.existsSync(`${file}.map`)) map = new SourceMap(JSON.parse(fs.readFileSync(`${file}.map`, "utf8")));
    } catch {
      map = null;
    }
    maps.set(url, map);
  }
  return maps.get(url)!;
}

/** The original source and function of a frame, through the chunk's source map where there is one. */
function locate(frame: CallFrame): { source: string; name: string } {
  if (!frame.url) return { source: "", name: frame.functionName || "(anonymous)" };
  const map = sourceMapFor(frame.url);
  const entry = map?.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string; originalLine?: number; name?: string } | undefined;
  if (entry?.originalSource) {
    const source = entry.originalSource.replace(/^.*?(node_modules\/|\.\.\/)+/, (m) => (m.includes("node_modules") ? "node_modules/" : ""));
    return { source: `${source}:${(entry.originalLine ?? 0) + 1}`, name: entry.name || frame.functionName || "(anonymous)" };
  }
  const source = frame.url.replace(/^file:\/\//, "").replace(/^.*node_modules\//, "node_modules/");
  return { source: `${source}:${frame.lineNumber + 1}`, name: frame.functionName || "(anonymous)" };
}

function areaOf(source: string, name: string): string {
  if (!source) return name.startsWith("(") ? name : "native (V8 builtins, bindings)";
  return AREAS.find(([, re]) => re.test(source))?.[0] ?? "other";
}

export type CpuSummary = {
  totalMs: number;
  idleMs: number;
  busyMs: number;
  areasSelf: { area: string; ms: number; share: number }[];
  areasInclusive: { area: string; ms: number; share: number }[];
  topSelf: { fn: string; area: string; ms: number; share: number }[];
  topInclusive: { fn: string; area: string; ms: number; share: number }[];
};

export function summariseCpuProfile(file: string, top = 30): CpuSummary {
  const profile = JSON.parse(fs.readFileSync(file, "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const info = new Map(
    profile.nodes.map((n) => {
      const where = locate(n.callFrame);
      return [n.id, { fn: `${where.name} ${where.source}`.trim(), area: areaOf(where.source, where.name) }];
    }),
  );

  const self = new Map<string, { area: string; ms: number }>();
  const inclusive = new Map<string, { area: string; ms: number }>();
  const areaSelf = new Map<string, number>();
  const areaInclusive = new Map<string, number>();
  let idle = 0;
  let total = 0;
  const add = (m: Map<string, { area: string; ms: number }>, key: string, area: string, ms: number) => {
    const e = m.get(key) ?? { area, ms: 0 };
    e.ms += ms;
    m.set(key, e);
  };
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    total += ms;
    const leaf = info.get(id)!;
    if (byId.get(id)!.callFrame.functionName === "(idle)") {
      idle += ms;
      return;
    }
    add(self, leaf.fn, leaf.area, ms);
    areaSelf.set(leaf.area, (areaSelf.get(leaf.area) ?? 0) + ms);
    const seenFns = new Set<string>();
    const seenAreas = new Set<string>();
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
      const { fn, area } = info.get(n)!;
      if (!seenFns.has(fn)) {
        seenFns.add(fn);
        add(inclusive, fn, area, ms);
      }
      seenAreas.add(area);
    }
    for (const area of seenAreas) areaInclusive.set(area, (areaInclusive.get(area) ?? 0) + ms);
  });
  const busy = total - idle;
  const share = (ms: number) => Math.round((1000 * ms) / busy) / 10;
  const rank = (m: Map<string, { area: string; ms: number }>) =>
    [...m]
      .sort((a, b) => b[1].ms - a[1].ms)
      .slice(0, top)
      .map(([fn, e]) => ({ fn, area: e.area, ms: Math.round(e.ms), share: share(e.ms) }));
  const areas = (m: Map<string, number>) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .map(([area, ms]) => ({ area, ms: Math.round(ms), share: share(ms) }));
  return {
    totalMs: Math.round(total),
    idleMs: Math.round(idle),
    busyMs: Math.round(busy),
    areasSelf: areas(areaSelf),
    areasInclusive: areas(areaInclusive).filter((a) => !a.area.startsWith("(")),
    topSelf: rank(self),
    topInclusive: rank(inclusive).filter((e) => !e.fn.startsWith("(root)")),
  };
}

export function formatSummary(s: CpuSummary): string {
  const lines = [`profile: ${s.totalMs} ms, of which idle ${s.idleMs} ms; shares below are of the ${s.busyMs} ms busy`];
  lines.push("", "self time by area:", ...s.areasSelf.map((a) => `  ${String(a.share).padStart(5)}%  ${String(a.ms).padStart(6)} ms  ${a.area}`));
  lines.push("", "inclusive time by area (synchronous stacks; areas overlap):", ...s.areasInclusive.map((a) => `  ${String(a.share).padStart(5)}%  ${String(a.ms).padStart(6)} ms  ${a.area}`));
  lines.push("", "top functions by self time:", ...s.topSelf.map((f) => `  ${String(f.share).padStart(5)}%  ${String(f.ms).padStart(6)} ms  ${f.fn}`));
  lines.push("", "top functions by inclusive time:", ...s.topInclusive.map((f) => `  ${String(f.share).padStart(5)}%  ${String(f.ms).padStart(6)} ms  ${f.fn}`));
  return lines.join("\n");
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  if (!file) {
    console.error("usage: npx tsx scripts/summarise-cpu-profile.ts <file.cpuprofile> [--json]");
    process.exit(1);
  }
  const summary = summariseCpuProfile(file);
  console.log(process.argv.includes("--json") ? JSON.stringify(summary, null, 2) : formatSummary(summary));
}
