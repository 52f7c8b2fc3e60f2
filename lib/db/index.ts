import "server-only";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { env } from "@/lib/env";
import { createPrismaClient } from "./create-client";

const globalForPrisma = globalThis as unknown as { kaizenPrisma?: PrismaClient };

// One client per process; in dev, hot reloads would otherwise open a new one each time.
export const db = globalForPrisma.kaizenPrisma ?? createPrismaClient(env().DATABASE_URL);
if (env().NODE_ENV !== "production") globalForPrisma.kaizenPrisma = db;
