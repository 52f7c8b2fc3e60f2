// A throw-away PostgreSQL cluster for tests, CI and local tries: initdb into a fresh
// directory under the system temp dir, start it on a free local port (TCP only, trust
// auth on 127.0.0.1), and remove it all on stop. PostgreSQL refuses to run as root, so
// as root the server runs as the `postgres` account (or PG_CLUSTER_USER).
//
//   npx tsx scripts/pg-cluster.ts start [--port N] [--ports 55430-55439]  prints DIR and URL
//   npx tsx scripts/pg-cluster.ts stop DIR
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export type Cluster = { dir: string; port: number; url: string; stop: () => void };

const SUPERUSER = "kaizen";

/** The directory of the PostgreSQL binaries (pg_ctl, pg_dump, pg_restore, …): on PATH, or Debian's newest. */
export function binDir(): string {
  const onPath = spawnSync("sh", ["-c", "command -v pg_ctl"], { encoding: "utf8" }).stdout.trim();
  if (onPath) return path.dirname(fs.realpathSync(onPath));
  const root = "/usr/lib/postgresql";
  const versions = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) {
    const dir = path.join(root, v, "bin");
    if (fs.existsSync(path.join(dir, "pg_ctl"))) return dir;
  }
  throw new Error("PostgreSQL server binaries (initdb, pg_ctl) not found: apt-get install -y postgresql");
}

/** Runs a server binary, as an ordinary account when we are root. */
function run(bin: string, args: string[]) {
  const user = process.getuid?.() === 0 ? (process.env.PG_CLUSTER_USER ?? "postgres") : null;
  const [cmd, argv] = user ? ["runuser", ["-u", user, "--", bin, ...args]] : [bin, args];
  execFileSync(cmd, argv, { stdio: ["ignore", "pipe", "pipe"], cwd: os.tmpdir() });
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

async function freePort(range?: [number, number]): Promise<number> {
  if (range) {
    for (let p = range[0]; p <= range[1]; p++) if (await portIsFree(p)) return p;
    throw new Error(`No free port in ${range[0]}-${range[1]}`);
  }
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Ports from `--ports A-B` or PG_CLUSTER_PORTS, so parallel users can keep to their own range. */
function parseRange(text: string | undefined): [number, number] | undefined {
  const m = text?.match(/^(\d+)-(\d+)$/);
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

export function stopCluster(dir: string) {
  const bin = binDir();
  const data = path.join(dir, "data");
  if (fs.existsSync(path.join(data, "postmaster.pid"))) {
    try {
      run(path.join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
    } catch {
      // Already gone (a killed run); the directory is removed all the same.
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

export async function startCluster(options: { port?: number; ports?: string } = {}): Promise<Cluster> {
  const bin = binDir();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kaizen-pg-"));
  const data = path.join(dir, "data");
  fs.mkdirSync(data, { mode: 0o700 });
  if (process.getuid?.() === 0) {
    const user = process.env.PG_CLUSTER_USER ?? "postgres";
    execFileSync("chown", ["-R", user, dir]);
  }
  try {
    run(path.join(bin, "initdb"), ["-D", data, "-U", SUPERUSER, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
    const port = options.port ?? (await freePort(parseRange(options.ports ?? process.env.PG_CLUSTER_PORTS)));
    // Throw-away data: no fsync; sockets in our own directory, not /var/run/postgresql.
    const settings = `-p ${port} -h 127.0.0.1 -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300`;
    run(path.join(bin, "pg_ctl"), ["-D", data, "-l", path.join(dir, "server.log"), "-o", settings, "-w", "-t", "60", "start"]);
    const url = `postgres://${SUPERUSER}@127.0.0.1:${port}/postgres`;
    return { dir, port, url, stop: () => stopCluster(dir) };
  } catch (error) {
    stopCluster(dir);
    throw error;
  }
}

/** The same server, another database in it. */
export function databaseUrl(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  if (command === "start") {
    const flag = (name: string) => {
      const i = rest.indexOf(name);
      return i >= 0 ? rest[i + 1] : undefined;
    };
    const port = flag("--port");
    const cluster = await startCluster({ port: port ? Number(port) : undefined, ports: flag("--ports") });
    console.log(`PG_CLUSTER_DIR=${cluster.dir}`);
    console.log(`PG_CLUSTER_URL=${cluster.url}`);
  } else if (command === "stop" && rest[0]) {
    stopCluster(rest[0]);
  } else {
    console.error("usage: pg-cluster.ts start [--port N] [--ports A-B] | stop DIR");
    process.exit(2);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
