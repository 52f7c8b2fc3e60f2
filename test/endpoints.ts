// Every server action and route handler in app/, found from the code, and the
// tools the access and fuzz tests use on them.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { declarationOf, type Declaration } from "@/lib/actions/action-client";
import type { Role } from "@/lib/auth/roles";
import { testDb } from "./db";
import { createUser } from "./helpers";

export type Endpoint = { key: string; fn: (...args: never[]) => Promise<unknown>; declaration: Declaration | undefined; params: Record<string, string> };

const root = path.resolve(import.meta.dirname, "..");
const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

const isServerModule = (file: string) => /\.(ts|tsx)$/.test(file) && !/\.test\.tsx?$/.test(file) && /^\s*["']use server["']/.test(fs.readFileSync(file, "utf8"));

/** Dynamic segments of a route's folder, filled with a value that names no real row. */
function paramsOf(file: string): Record<string, string> {
  return Object.fromEntries([...file.matchAll(/\[(?:\.\.\.)?(\w+)\]/g)].map((m) => [m[1]!, "no-such-row"]));
}

export async function discoverEndpoints(): Promise<Endpoint[]> {
  const files = walk(path.join(root, "app"));
  const endpoints: Endpoint[] = [];
  for (const file of files.filter(isServerModule)) {
    const mod = (await import(file)) as Record<string, unknown>;
    for (const [name, fn] of Object.entries(mod)) {
      endpoints.push({ key: `${path.relative(root, file)}#${name}`, fn: fn as Endpoint["fn"], declaration: declarationOf(fn), params: {} });
    }
  }
  for (const file of files.filter((f) => /\/route\.tsx?$/.test(f))) {
    const mod = (await import(file)) as Record<string, unknown>;
    for (const [name, fn] of Object.entries(mod).filter(([n]) => HTTP_METHODS.includes(n))) {
      endpoints.push({ key: `${path.relative(root, file)}#${name}`, fn: fn as Endpoint["fn"], declaration: declarationOf(fn), params: paramsOf(file) });
    }
  }
  return endpoints.sort((a, b) => a.key.localeCompare(b.key));
}

// The catalogue and the question bank are large, and the studio writes them:
// they are fingerprinted by a summary that any studio write changes (a new or
// removed row, an edit, a draft, a publication, a move), the rest row by row.
const SUMMARISED: Record<string, string> = {
  Course: `SELECT count(*), group_concat("id" || "published" || "title" || "summary" || coalesce("studioEditedAt", '')) FROM "Course"`,
  Module: `SELECT count(*), group_concat("id" || "order" || "title" || "summary" || coalesce("publishedAt", '')) FROM "Module"`,
  Lesson: `SELECT count(*), sum("order"), sum(length(coalesce("draft", ''))), count("publishedAt"), max("updatedAt") FROM "Lesson"`,
  Question: `SELECT count(*), count("studioEditedAt"), count("authorId"), sum("retired"), group_concat("moduleId") FROM "Question"`,
  QuestionVersion: `SELECT count(*), max("createdAt") FROM "QuestionVersion"`,
};
const STATIC_TABLES = new Set(["_prisma_migrations", "Track", "CourseCertification"]);

/** A hash of every row a request could write. A session's idle clock is not a write anyone asked for. */
export async function fingerprint(): Promise<string> {
  const tables = await testDb.$queryRawUnsafe<{ name: string }[]>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
  const hash = createHash("sha256");
  for (const { name } of tables.filter((t) => !STATIC_TABLES.has(t.name))) {
    const rows = await testDb.$queryRawUnsafe<Record<string, unknown>[]>(SUMMARISED[name] ?? `SELECT * FROM "${name}" ORDER BY rowid`);
    hash.update(name);
    for (const row of rows) {
      if (name === "SignInSession") delete row.lastSeenAt;
      hash.update(JSON.stringify(row, (_k, v: unknown) => (typeof v === "bigint" ? String(v) : v)));
    }
  }
  return hash.digest("hex");
}

/** Calls an endpoint the way Next.js would, with `input` as its form data or argument. */
export function invoke(endpoint: Endpoint, input: Record<string, unknown>): Promise<unknown> {
  const kind = endpoint.declaration?.kind;
  if (kind === "route") return endpoint.fn(...([new Request("http://localhost/"), { params: Promise.resolve(endpoint.params) }] as never[]));
  if (kind === "call") return endpoint.fn(...([input] as never[]));
  const formData = new FormData();
  for (const [k, v] of Object.entries(input)) formData.append(k, v instanceof Blob ? v : typeof v === "string" ? v : JSON.stringify(v));
  return kind === "form" ? endpoint.fn(...([{ status: "idle" }, formData] as never[])) : endpoint.fn(...([formData] as never[]));
}

/** The field names an endpoint's schema reads. */
export function fieldsOf(endpoint: Endpoint): string[] {
  const schema = endpoint.declaration?.schema as { shape?: Record<string, unknown>; in?: { shape?: Record<string, unknown> } } | undefined;
  return Object.keys(schema?.shape ?? schema?.in?.shape ?? {});
}

/** A signed-in caller of a role, with its session row in place, so calls as them write nothing of their own. */
export async function signedInCaller(role: Role) {
  const user = await createUser(role);
  const session = await testDb.signInSession.create({ data: { userId: user.id, ip: "10.0.0.1", userAgent: "vitest" }, select: { id: true } });
  return { ...user, sessionId: session.id, sessionVersion: 0 };
}
