import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Cookie, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../prisma/demo-accounts";

/** The demo accounts' password for this run, set by playwright.config.ts. */
export const DEMO_PASSWORD = process.env.KAIZEN_DEMO_PASSWORD!;
export const demo = Object.fromEntries(DEMO_ACCOUNTS.map((a) => [a.role, a.email])) as Record<"learner" | "instructor" | "hr" | "admin", string>;

export function uniqueEmail(prefix: string) {
  return `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`;
}

// A demo account's session, once signed in through the form in this worker: later tests
// that only need to be that person start from its cookie and the page sign-in led to.
// (No spec signs a demo account out; the sign-in form itself is tested with fresh accounts.)
const demoSessions = new Map<string, { cookies: Cookie[]; landing: string }>();

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  const saved = password === DEMO_PASSWORD ? demoSessions.get(email) : undefined;
  if (saved) {
    await page.context().addCookies(saved.cookies);
    await page.goto(saved.landing);
    await expect(page).not.toHaveURL(/\/sign-in/);
    return;
  }
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
  if (password === DEMO_PASSWORD) {
    const cookies = (await page.context().cookies()).filter((c) => c.name.includes("session-token"));
    demoSessions.set(email, { cookies, landing: new URL(page.url()).pathname });
  }
}

export async function register(page: Page, name: string, email: string, password = "amber kettle drifting north") {
  // Each test person comes from their own address, as real ones do; sign-ups are limited per address.
  const octet = () => Math.floor(Math.random() * 250) + 1;
  await page.setExtraHTTPHeaders({ "x-forwarded-for": `10.${octet()}.${octet()}.${octet()}` });
  await page.goto("/register");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/home/);
}

/**
 * No WCAG 2.2 A/AA violations that axe can detect on the current page; `contrastOnly`
 * re-checks a page already checked in full after only its colour scheme changed.
 */
export async function expectAccessible(page: Page, { contrastOnly = false } = {}) {
  await test.step(`axe ${contrastOnly ? "contrast" : "check"} of ${new URL(page.url()).pathname}`, async () => {
    // Legacy mode runs axe in the page itself instead of finishing in a new tab (there are no
    // cross-origin frames to reach), and only violations are collected in full: 2.5x faster a check.
    const axe = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ["violations"] });
    const results = await (contrastOnly ? axe.withRules(["color-contrast"]) : axe.withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }, { box: true });
}

/** Gives some answer to the question on screen, whatever its type, once the question has rendered. */
export async function answerCurrent(page: Page) {
  const answer = page.getByTestId("answer");
  await answer.locator("input, select, button").first().waitFor();
  const choice = answer.locator("input[type=radio], input[type=checkbox]").first();
  if (await choice.count()) return choice.check();
  const number = answer.locator("input[type=number]");
  if (await number.count()) return number.fill("3");
  const select = answer.locator("select").first();
  if (await select.count()) return select.selectOption({ index: 1 });
  // Ordering: any move is an answer.
  return answer.getByRole("button", { name: /Move .* down/ }).first().click();
}
