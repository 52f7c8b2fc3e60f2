// Creates the first admin (or promotes an existing account) without demo mode:
//   npm run create-admin -- --email you@example.com --name "Your Name"
// The password is read from ADMIN_PASSWORD or asked for on the terminal.
import readline from "node:readline/promises";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createPrismaClient } from "../lib/db/create-client";
import { resolveDatabaseUrl } from "../lib/database-url";
import { hashPassword } from "../lib/auth/password";
import { passwordProblem } from "../lib/auth/password-policy";
import { registerSchema } from "../lib/validation/auth";
import { makeAdmin } from "../prisma/admin-account";
import { isDemoMode } from "../prisma/demo-accounts";
import { prepareDatabase } from "./prepare-database";

async function askPassword(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const password = await rl.question("Password (12-128 characters): ");
  rl.close();
  return password;
}

async function main() {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
  const password = await askPassword();
  const parsed = registerSchema.safeParse({ email: values.email, name: values.name ?? "Administrator", password });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`✖ ${issue.path.join(".")}: ${issue.message}`);
    console.error('Usage: npm run create-admin -- --email you@example.com --name "Your Name"');
    process.exit(1);
  }
  const problem = passwordProblem(parsed.data.password, parsed.data);
  if (problem) {
    console.error(`✖ password: ${problem}`);
    process.exit(1);
  }
  const url = resolveDatabaseUrl(process.env.DATABASE_URL);
  await prepareDatabase({ url, demo: isDemoMode() });
  const db = createPrismaClient(url);
  const passwordHash = await hashPassword(parsed.data.password);
  const user = await makeAdmin(db, { name: parsed.data.name, email: parsed.data.email, passwordHash });
  await db.$disconnect();
  console.log(`✔ ${user.email} is an admin. Start the app with: KAIZEN_DEMO=false npm start`);
}

main().catch((error: unknown) => {
  console.error(error instanceof z.ZodError ? error.message : error);
  process.exit(1);
});
