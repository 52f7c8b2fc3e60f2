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

let shadowCount = 0;
const url = resolveDatabaseUrl(process.env.DATABASE_URL);

export default defineConfig({
  engine: "js",
  experimental: { adapter: true },
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations"), seed: "tsx prisma/seed.ts" },
  async adapter() {
    if (isPostgresUrl(url)) return new PrismaPg({ connectionString: url });
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
