// Imports the course content and, in demo mode, the demo accounts (out of
// demo mode, it disables them). Run by `npm start` on every start and by `npm run db:seed`.
import { createPrismaClient } from "../lib/db/create-client";
import { isPostgresUrl, resolveDatabaseUrl } from "../lib/database-url";
import { CONTENT_ROOT, loadContent } from "../lib/content/load";
import { loadQuestionBank } from "../lib/content/question-bank";
import { loadTargets } from "../lib/content/targets";
import { importContent } from "./import-content";
import { importTargets } from "./import-targets";
import { importBlueprints, importQuestions } from "./import-questions";
import { demoPassword, disableDemoAccounts, ensureDemoAccounts, isDemoMode } from "./demo-accounts";
import { ensureDemoStudio } from "./demo-studio";
import { ensureDemoOrganisation } from "./demo-organisation";
import { ensureDemoOutcomes } from "./demo-outcomes";
import { rekeyLegacyIds } from "./rekey-legacy-ids";

/** `demoOrganisation` (on in demo mode unless set) adds the demo organisation's cohorts and their study history, and reported exam results. */
export async function seed({ url, demo, demoOrganisation = demo }: { url: string; demo: boolean; demoOrganisation?: boolean }): Promise<{ courses: number; lessons: number; questions: number }> {
  const db = createPrismaClient(url);
  try {
    if (!isPostgresUrl(url)) {
      // WAL lets readers run while one request writes; the setting is stored in the file.
      await db.$queryRaw`PRAGMA journal_mode = WAL`;
    }
    const counts = await importContent(db, loadContent(CONTENT_ROOT), await importTargets(db, loadTargets()));
    await importBlueprints(db);
    await rekeyLegacyIds(db);
    const bank = loadQuestionBank();
    await importQuestions(db, bank);
    if (demo) {
      await ensureDemoAccounts(db, demoPassword().password);
      await ensureDemoStudio(db);
      if (demoOrganisation) {
        await ensureDemoOrganisation(db);
        await ensureDemoOutcomes(db);
      }
    } else await disableDemoAccounts(db);
    return { ...counts, questions: bank.length };
  } finally {
    await db.$disconnect();
  }
}

const isMain = import.meta.url === `file://${process.argv[1]}`;
if (isMain) {
  const demo = isDemoMode();
  seed({ url: resolveDatabaseUrl(process.env.DATABASE_URL), demo })
    .then(({ courses, lessons, questions }) =>
      console.log(`Seeded ${courses} courses, ${lessons} lessons, ${questions} questions${demo ? " and the demo accounts" : ""}.`),
    )
    .catch((error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
