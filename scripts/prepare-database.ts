// Brings a database up to date: applies pending migrations, then imports content
// (and demo accounts in demo mode). Shared by `npm start` and the e2e server.
import { seed } from "../prisma/seed";
import { migrateDatabase } from "./migrate-database";

export async function prepareDatabase({
  url,
  demo,
  demoOrganisation,
  log,
}: {
  url: string;
  demo: boolean;
  demoOrganisation?: boolean;
  log?: (message: string) => void;
}) {
  await migrateDatabase({ url, log });
  return seed({ url, demo, demoOrganisation });
}
