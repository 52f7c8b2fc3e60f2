// Loaded into `next start` by scripts/bench-actions.ts (NODE_OPTIONS=--import)
// to count what one request costs without touching the application: every
// SQLite statement that Prisma's better-sqlite3 adapter prepares and runs (with
// the time spent inside SQLite, which is synchronous), and the crypto calls of
// Auth.js session handling (HKDF key derivation through node:crypto, JWE
// through WebCrypto), and how many SQLite connections the process opened. It answers on its own port:
//   GET http://localhost:$BENCH_PROBE_PORT/        counters since the last reset
//   GET http://localhost:$BENCH_PROBE_PORT/?reset  the same, then zeroes them
//   GET .../?profile=start, then .../?profile=stop&file=<path>  a CPU profile
//       (V8's sampling profiler through node:inspector, as `node --cpu-prof`,
//       which NODE_OPTIONS does not accept) of just the window in between
import fs from "node:fs";
import http from "node:http";
import inspector from "node:inspector";
import { createRequire } from "node:module";
import nodeCrypto from "node:crypto";
import { performance } from "node:perf_hooks";

const port = Number(process.env.BENCH_PROBE_PORT);
const isNextServer = process.argv.some((a) => a.endsWith("next/dist/bin/next")) && process.argv.includes("start");

if (port && isNextServer) {
  const require = createRequire(`${process.cwd()}/package.json`);
  const statements = new Map();
  const calls = new Map();
  const count = (name) => calls.set(name, (calls.get(name) ?? 0) + 1);
  const statement = (sql) => {
    const key = sql.replace(/\s+/g, " ").trim();
    let s = statements.get(key);
    if (!s) statements.set(key, (s = { prepared: 0, ran: 0, prepareMs: 0, runMs: 0 }));
    return s;
  };

  const Database = require(require.resolve("better-sqlite3", { paths: [require.resolve("@prisma/adapter-better-sqlite3")] }));
  const scratch = new Database(":memory:");
  const Statement = Object.getPrototypeOf(scratch.prepare("SELECT 1"));
  scratch.close();
  // Which connections run statements: each PrismaClient instance opens its own.
  const connections = new WeakMap();
  let connectionCount = 0;
  const prepare = Database.prototype.prepare;
  Database.prototype.prepare = function (sql) {
    if (!connections.has(this)) connections.set(this, ++connectionCount);
    count(`sqlite connection #${connections.get(this)} statements`);
    const start = performance.now();
    const stmt = prepare.call(this, sql);
    const s = statement(sql);
    s.prepared++;
    s.prepareMs += performance.now() - start;
    return stmt;
  };
  for (const method of ["run", "all", "get", "iterate"]) {
    const original = Statement[method];
    Statement[method] = function (...args) {
      const start = performance.now();
      try {
        return original.apply(this, args);
      } finally {
        const s = statement(this.source);
        s.ran++;
        s.runMs += performance.now() - start;
      }
    };
  }
  const exec = Database.prototype.exec;
  Database.prototype.exec = function (sql) {
    const s = statement(sql);
    s.ran++;
    return exec.call(this, sql);
  };

  // @panva/hkdf calls crypto.hkdf through the module object on every derivation.
  const hkdf = nodeCrypto.hkdf;
  nodeCrypto.hkdf = function (...args) {
    count("node:crypto hkdf");
    return hkdf.apply(this, args);
  };
  const subtle = globalThis.crypto.subtle;
  for (const op of ["encrypt", "decrypt", "importKey", "digest", "deriveBits", "sign", "verify"]) {
    const original = subtle[op].bind(subtle);
    subtle[op] = (...args) => {
      count(`crypto.subtle.${op}${typeof args[0] === "object" && args[0]?.name ? ` ${args[0].name}` : typeof args[0] === "string" ? ` ${args[0]}` : ""}`);
      return original(...args);
    };
  }

  const session = new inspector.Session();
  session.connect();
  const post = (method, params = {}) => new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));

  http
    .createServer(async (req, res) => {
      const url = new URL(req.url ?? "/", "http://probe");
      if (url.searchParams.get("profile") === "start") {
        await post("Profiler.enable");
        await post("Profiler.setSamplingInterval", { interval: 500 });
        await post("Profiler.start");
        res.end("started");
        return;
      }
      if (url.searchParams.get("profile") === "stop") {
        const { profile } = await post("Profiler.stop");
        fs.writeFileSync(url.searchParams.get("file"), JSON.stringify(profile));
        res.end("written");
        return;
      }
      const body = {
        connections: connectionCount,
        calls: Object.fromEntries(calls),
        statements: [...statements].map(([sql, s]) => ({ sql, ...s })).sort((a, b) => b.ran - a.ran),
      };
      if (url.searchParams.has("reset")) {
        calls.clear();
        statements.clear();
      }
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify(body));
    })
    .listen(port, "127.0.0.1")
    .unref();
}
