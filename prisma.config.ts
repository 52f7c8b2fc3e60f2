// Prisma CLI configuration: the JS engine with driver adapters, so no engine
// binary is downloaded. The SQLite adapter is wrapped so that `migrate dev`,
// which replays migrations as one parameterless executeRaw, runs them as a script.
import os from "node:os";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseFile, isPostgresUrl, resolveDatabaseUrl } from "./lib/database-url";

type Adapter = Awaited<ReturnType<PrismaBetterSQLite3["connect"]>>;

function withScriptFallback(adapter: Adapter): Adapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  return Object.assign(adapter, {
    executeRaw: async (query: Parameters<Adapter["executeRaw"]>[0]) => {
      if (query.args.length === 0 && query.sql.includes(";")) {
        await adapter.executeScript(query.sql);
        return 0;
      }
      return executeRaw(query);
    },
  });
}

// PostgreSQL's catalog types that @prisma/adapter-pg 6.19 cannot describe ("Column type 'name'
// could not be deserialized", prisma/prisma#27403), which stops every migrate command; the
// schema engine reads them as text. Only the CLI's adapter is patched, never the app's.
const CATALOG_TEXT_TYPES = new Set([18, 19, 22, 24, 30, 194, 2205]);
const CATALOG_TEXT_ARRAY_TYPES = new Set([1002, 1003]);
const TEXT = 25;
const TEXT_ARRAY = 1009;

type PgResult = { fields: { dataTypeID: number }[] };

async function postgresAdapter(connectionString: string) {
  const factory = new PrismaPg({ connectionString });
  const connect = factory.connect.bind(factory);
  return Object.assign(factory, {
    // `migrate diff --from-migrations` replays migrations into a database the caller made
    // for it (test/postgres-schema.test.ts), named by KAIZEN_SHADOW_DATABASE_URL.
    connectToShadowDb: async () => {
      const shadow = process.env.KAIZEN_SHADOW_DATABASE_URL;
      if (!shadow) throw new Error("Set KAIZEN_SHADOW_DATABASE_URL to an empty PostgreSQL database for the shadow replay.");
      return (await postgresAdapter(shadow)).connect();
    },
    connect: async () => {
      const adapter = await connect();
      // performIO lives on the class every connection and transaction shares.
      const queryable = Object.getPrototypeOf(Object.getPrototypeOf(adapter)) as { performIO: (q: unknown) => Promise<PgResult>; patched?: boolean };
      if (!queryable.patched) {
        const performIO = queryable.performIO;
        queryable.performIO = async function (this: unknown, query: unknown) {
          const result = await performIO.call(this, query);
          for (const field of result?.fields ?? []) {
            if (CATALOG_TEXT_TYPES.has(field.dataTypeID)) field.dataTypeID = TEXT;
            else if (CATALOG_TEXT_ARRAY_TYPES.has(field.dataTypeID)) field.dataTypeID = TEXT_ARRAY;
          }
          return result;
        };
        queryable.patched = true;
      }
      return adapter;
    },
  });
}

let shadowCount = 0;
const url = resolveDatabaseUrl(process.env.DATABASE_URL);

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  // PostgreSQL has its own schema and migrations, generated from the SQLite ones (scripts/pg-schema.ts).
  schema: isPostgresUrl(url) ? path.join("prisma", "postgres", "schema.prisma") : path.join("prisma", "schema.prisma"),
  migrations: {
    path: isPostgresUrl(url) ? path.join("prisma", "postgres", "migrations") : path.join("prisma", "migrations"),
    seed: "tsx prisma/seed.ts",
  },
  async adapter() {
    if (isPostgresUrl(url)) return postgresAdapter(url);
    const factory = new PrismaBetterSQLite3({ url: databaseFile(url) });
    return {
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect: async () => withScriptFallback(await factory.connect()),
      // A fresh file per shadow connection: ":memory:" would be a new database on
      // every connection, and a reused file would still hold the last replay.
      connectToShadowDb: async () => {
        const shadow = path.join(os.tmpdir(), `kaizen-shadow-${process.pid}-${++shadowCount}.db`);
        return withScriptFallback(await new PrismaBetterSQLite3({ url: shadow }).connect());
      },
    };
  },
});
