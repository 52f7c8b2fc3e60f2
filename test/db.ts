import { createPrismaClient } from "@/lib/db/create-client";

/** A client on this test file's database, for arranging and checking rows. */
export const testDb = createPrismaClient(process.env.DATABASE_URL!);
