import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { asStorageFailure } from "@/lib/storage-failure";
import { createPrismaClient } from "./create-client";

const globalForPrisma = globalThis as unknown as { kaizenPrisma?: PrismaClient };

// A storage error leaves here as a StorageFailureError, whose digest tells the
// error page what happened when it escapes a page's render. The extension only
// wraps queries, so the client keeps its type.
const withStorageFailures = (client: PrismaClient) =>
  client.$extends({
    query: {
      $allOperations: async ({ args, query }) => {
        try {
          return await query(args);
        } catch (error) {
          throw asStorageFailure(error);
        }
      },
    },
  }) as unknown as PrismaClient;

// One client per process; in dev, hot reloads would otherwise open a new one each time.
export const db = globalForPrisma.kaizenPrisma ?? withStorageFailures(createPrismaClient(env().DATABASE_URL));
if (env().NODE_ENV !== "production") globalForPrisma.kaizenPrisma = db;
