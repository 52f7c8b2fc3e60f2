// Two app instances on one PostgreSQL database (playwright.multi-instance.config.ts): a
// session opened on one serves on the other, work done on one shows on the other, signing
// out everywhere ends the session on both, and the sign-in limits count on both together.
import { expect, test, type Browser, type Cookie, type Page } from "@playwright/test";
import { ACCOUNT_BACKOFF, ATTEMPTS_PER_ADDRESS } from "../../lib/auth/sign-in-allowances";
import { answerCurrent, register, uniqueEmail } from "../support";

const A = `http://localhost:${process.env.E2E_PORT_A}`;
const B = `http://localhost:${process.env.E2E_PORT_B}`;
const PASSWORD = "amber kettle drifting north";
const TOO_MANY = "Too many sign-in attempts. Wait a few minutes and try again.";
const WRONG = "Incorrect email or password.";

/** A browser of its own holding only the given cookies: what a load balancer's other instance receives. */
async function browserWith(browser: Browser, cookies: Cookie[]) {
  const context = await browser.newContext();
  await context.addCookies(cookies);
  return context.newPage();
}

/** A page whose requests all come from one address of its own (a retry gets another), which the per-address limit counts. */
async function fromOneAddress(browser: Browser) {
  const octet = () => Math.floor(Math.random() * 250) + 1;
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-for": `10.77.${octet()}.${octet()}` } });
  return context.newPage();
}

async function trySignIn(page: Page, base: string, email: string, password: string) {
  await page.goto(`${base}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  const message = page.getByTestId("form-message");
  await expect(message).toHaveText(/\S/);
  return message.textContent();
}

test("a session opened on one instance serves on the other, and signing out everywhere ends it on both", async ({ browser, page }) => {
  const email = uniqueEmail("two-instances");
  await register(page, "Two Instances", email, PASSWORD);
  const cookies = await page.context().cookies();
  expect(cookies.filter((c) => c.name.includes("session-token"))).toHaveLength(1);

  // The same token, sent to the other instance from a browser that never signed in there.
  const onB = await browserWith(browser, cookies);
  await onB.goto(`${B}/courses/lean-fundamentals`);
  await onB.getByRole("button", { name: "Take the quiz for Value and Waste" }).click();
  await expect(onB).toHaveURL(new RegExp(`^${B}/practice/`));
  for (;;) {
    await answerCurrent(onB);
    await onB.getByRole("button", { name: "Check answer" }).click();
    await expect(onB.getByTestId("feedback")).toBeVisible();
    const next = onB.getByRole("button", { name: "Next question →" });
    if (!(await next.isVisible())) break;
    await next.click();
  }
  await onB.getByRole("button", { name: "See my result" }).click();
  const score = (await onB.getByTestId("quiz-score").textContent())!;
  expect(score).toMatch(/^\d+%$/);

  // The first instance shows the result the second recorded.
  await page.goto(`${A}/courses/lean-fundamentals`);
  await expect(page.getByTestId("quiz-result")).toContainText(`Last result: ${score}`);
  await page.getByTestId("quiz-result").click();
  await expect(page.getByTestId("quiz-score")).toHaveText(score);

  await page.goto(`${A}/account`);
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  // The other instance still receives the old token, and refuses it.
  await onB.goto(`${B}/home`);
  await expect(onB).toHaveURL(new RegExp(`^${B}/sign-in`));
});

test("one account's wrong passwords, split over both instances, meet one back-off", async ({ browser, page }) => {
  const email = uniqueEmail("backoff");
  await register(page, "Guessed At", email, PASSWORD);
  const guesser = await fromOneAddress(browser);
  for (let i = 0; i < ACCOUNT_BACKOFF.freeFailures + 1; i++) {
    expect(await trySignIn(guesser, i % 2 ? B : A, email, `wrong guess ${i}`)).toBe(WRONG);
  }
  // Either instance now makes the next try wait, even with the right password.
  expect(await trySignIn(guesser, A, email, PASSWORD)).toBe(TOO_MANY);
  expect(await trySignIn(guesser, B, email, PASSWORD)).toBe(TOO_MANY);
});

test("one address's sign-in tries, split over both instances, meet one limit", async ({ browser }) => {
  const sprayer = await fromOneAddress(browser);
  for (let i = 0; i < ATTEMPTS_PER_ADDRESS; i++) {
    expect(await trySignIn(sprayer, i % 2 ? B : A, uniqueEmail(`spray-${i}`), "Summer2026!")).toBe(WRONG);
  }
  expect(await trySignIn(sprayer, A, uniqueEmail("spray-last"), "Summer2026!")).toBe(TOO_MANY);
  expect(await trySignIn(sprayer, B, uniqueEmail("spray-last"), "Summer2026!")).toBe(TOO_MANY);
});
