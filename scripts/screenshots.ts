// Takes full-page screenshots of the main pages as each role sees them, for a
// person to look at: `npm start` in one shell, then `npm run screenshots`.
// Writes PNGs to .tmp/screenshots (light and dark, desktop and phone).
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "@playwright/test";
import { chromiumLaunchOptions } from "../e2e/chromium";
import { demoPassword } from "../prisma/demo-accounts";

const base = process.env.BASE_URL ?? "http://localhost:3000";
const out = path.join(process.cwd(), ".tmp", "screenshots");
const only = process.argv.slice(2);
// The running app's demo password: KAIZEN_DEMO_PASSWORD or data/.demo-password, as `npm start` printed it.
const { password } = demoPassword({ create: false });

async function signIn(page: Page, email: string) {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
}

type Shot = { name: string; path: string; as?: string };

const shots: Shot[] = [
  { name: "landing", path: "/" },
  { name: "catalog", path: "/catalog" },
  { name: "course", path: "/courses/process-manager-foundations" },
  { name: "register", path: "/register" },
  { name: "sign-in", path: "/sign-in" },
  { name: "home", path: "/home", as: "learner@demo.kaizen.academy" },
  { name: "lesson", path: "/learn/process-manager-foundations/what-a-process-manager-does", as: "learner@demo.kaizen.academy" },
  { name: "admin-users", path: "/admin/users", as: "admin@demo.kaizen.academy" },
  { name: "admin-targets", path: "/admin/targets", as: "admin@demo.kaizen.academy" },
  { name: "forbidden", path: "/admin/users", as: "learner@demo.kaizen.academy" },
  { name: "studio", path: "/studio", as: "instructor@demo.kaizen.academy" },
  { name: "studio-questions", path: "/studio/questions", as: "instructor@demo.kaizen.academy" },
  { name: "studio-new-question", path: "/studio/questions/new?target=LEAN&type=multiple", as: "instructor@demo.kaizen.academy" },
  { name: "studio-import", path: "/studio/questions/import", as: "instructor@demo.kaizen.academy" },
  { name: "studio-statistics", path: "/studio/questions/statistics?target=LEAN", as: "instructor@demo.kaizen.academy" },
  { name: "hr-dashboard", path: "/hr", as: "hr@demo.kaizen.academy" },
  { name: "hr-dashboard-at-risk", path: "/hr?cohort=demo-cohort-2&filter=at-risk&sort=readiness", as: "hr@demo.kaizen.academy" },
  { name: "hr-member", path: "/hr/members/demo-member-1-03?cohort=demo-cohort-1", as: "hr@demo.kaizen.academy" },
  { name: "hr-people", path: "/hr/people", as: "hr@demo.kaizen.academy" },
  { name: "hr-cohorts", path: "/hr/cohorts", as: "hr@demo.kaizen.academy" },
  { name: "learner-dashboard", path: "/dashboard", as: "learner@demo.kaizen.academy" },
];

async function capture(browser: Browser, shot: Shot, variant: { suffix: string; width: number; height: number; scheme: "light" | "dark" }) {
  const context = await browser.newContext({ viewport: { width: variant.width, height: variant.height }, colorScheme: variant.scheme });
  const page = await context.newPage();
  if (shot.as) await signIn(page, shot.as);
  await page.goto(`${base}${shot.path}`);
  await page.screenshot({ path: path.join(out, `${shot.name}-${variant.suffix}.png`), fullPage: true });
  await context.close();
}

async function main() {
  fs.mkdirSync(out, { recursive: true });
  const browser = await chromium.launch(chromiumLaunchOptions);
  for (const shot of shots.filter((s) => only.length === 0 || only.includes(s.name))) {
    await capture(browser, shot, { suffix: "desktop", width: 1280, height: 800, scheme: "light" });
    await capture(browser, shot, { suffix: "phone-dark", width: 390, height: 844, scheme: "dark" });
  }
  await browser.close();
  console.log(`Screenshots in ${out}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
