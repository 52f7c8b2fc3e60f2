// Two app instances on one PostgreSQL database (playwright.multi-instance.config.ts): a
// session opened on one serves on the other, answers given on either show on both, signing
// out everywhere ends the session on both, and the sign-in limits count on both together.
import { expect, request, test, type Browser, type Cookie } from "@playwright/test";
import { ACCOUNT_BACKOFF, ATTEMPTS_PER_ADDRESS } from "../../lib/auth/sign-in-allowances";
import { answerCurrent, register, uniqueEmail } from "../support";

const A = `http://localhost:${process.env.E2E_PORT_A}`;
const B = `http://localhost:${process.env.E2E_PORT_B}`;
const PASSWORD = "amber kettle drifting north";
const TOO_MANY = "Too many sign-in attempts. Wait a few minutes and try again.";
// Failures until the account's wait is 16 s: time enough to try the right password on both instances.
const FAILURES = ACCOUNT_BACKOFF.freeFailures + 5;

/** A browser of its own holding only the given cookies: what a load balancer's other instance receives. */
async function browserWith(browser: Browser, cookies: Cookie[]) {
  const context = await browser.newContext();
  await context.addCookies(cookies);
  return context.newPage();
}

/** A made-up client address (a retry gets others), which the per-address limit counts. */
function oneAddress() {
  const octet = () => Math.floor(Math.random() * 250) + 1;
  return { "x-forwarded-for": `10.77.${octet()}.${octet()}` };
}

/**
 * Sign-in tries straight to Auth.js's credentials endpoint, as a script would send them (the
 * browser adds only time): the outcome is the redirect's `code`, "credentials" for a wrong
 * password and "rate_limited" for a refused try. Either instance accepts the CSRF token, as
 * both share AUTH_SECRET.
 */
async function credentialsClient() {
  const client = await request.newContext();
  const { csrfToken } = (await (await client.get(`${A}/api/auth/csrf`)).json()) as { csrfToken: string };
  return {
    async signIn(base: string, email: string, password: string, address: Record<string, string>) {
      const response = await client.post(`${base}/api/auth/callback/credentials`, { form: { email, password, csrfToken }, headers: address, maxRedirects: 0, timeout: 60_000 });
      return new URL(response.headers().location!, base).searchParams.get("code");
    },
    dispose: () => client.dispose(),
  };
}

test("a session opened on one instance serves on the other, answers show on both, and signing out everywhere ends it on both", async ({ browser, page }) => {
  const email = uniqueEmail("two-instances");
  await register(page, "Two Instances", email, PASSWORD);
  const cookies = await page.context().cookies();
  expect(cookies.filter((c) => c.name.includes("session-token"))).toHaveLength(1);

  // The same token, sent to the other instance from a browser that never signed in there.
  const onB = await browserWith(browser, cookies);
  await onB.goto(`${B}/courses/lean-fundamentals`);
  await onB.getByRole("button", { name: "Take the quiz for Value and Waste" }).click();
  await expect(onB).toHaveURL(new RegExp(`^${B}/practice/`));
  const attempt = new URL(onB.url()).pathname;
  await answerCurrent(onB);
  await onB.getByLabel("Fairly sure").check();
  await onB.getByRole("button", { name: "Check answer" }).click();
  await expect(onB.getByTestId("feedback")).toBeVisible();

  // The first instance resumes the attempt after the answer the second recorded; its answer shows there in turn.
  await page.goto(`${A}${attempt}`);
  await expect(page.getByTestId("quiz-progress")).toHaveText(/^Question 2 of \d+ · 1 answered$/);
  await answerCurrent(page);
  await page.getByLabel("Fairly sure").check();
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByTestId("feedback")).toBeVisible();
  await onB.reload();
  await expect(onB.getByTestId("quiz-progress")).toHaveText(/^Question 3 of \d+ · 2 answered$/);

  await page.goto(`${A}/account`);
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  // The other instance still receives the old token, and refuses it.
  await onB.goto(`${B}/home`);
  await expect(onB).toHaveURL(new RegExp(`^${B}/sign-in`));
});

test("one account's wrong passwords, split over both instances, meet one growing back-off", async ({ browser, page }) => {
  const email = uniqueEmail("backoff");
  await register(page, "Guessed At", email, PASSWORD);
  // The right password, ready to send on B in a browser once the back-off has grown.
  const owner = await (await browser.newContext()).newPage();
  await owner.goto(`${B}/sign-in`);
  await owner.getByLabel("Email").fill(email);
  await owner.getByLabel("Password").fill(PASSWORD);

  // Wrong passwords, alternately on A and B, each from another address (so only the account's
  // back-off can refuse), each sent again until the back-off lets it be checked. The waits
  // (1, 2, 4, 8 s) hold on both instances; after the eighth failure the next wait is 16 s.
  const guesser = await credentialsClient();
  let refused = 0;
  for (let failures = 0, i = 0; failures < FAILURES; i++) {
    const code = await guesser.signIn(i % 2 ? B : A, email, `wrong guess ${i}`, oneAddress());
    if (code === "credentials") failures++;
    else {
      expect(code).toBe("rate_limited");
      refused++;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  expect(refused).toBeGreaterThan(0);

  // Inside the 16 s wait, the right password is refused on either instance.
  expect(await guesser.signIn(A, email, PASSWORD, oneAddress())).toBe("rate_limited");
  await owner.getByRole("button", { name: "Sign in" }).click();
  await expect(owner.getByTestId("form-message")).toHaveText(TOO_MANY);
  await guesser.dispose();
});

test("one address's sign-in tries, split over both instances, meet one limit", async () => {
  const sprayer = await credentialsClient();
  const address = oneAddress();
  const extra = 4;
  // All at once, each to a different account: only the address's limit can refuse.
  const codes = await Promise.all(
    Array.from({ length: ATTEMPTS_PER_ADDRESS + extra }, (_, i) => sprayer.signIn(i % 2 ? B : A, uniqueEmail(`spray-${i}`), "Summer2026!", address)),
  );
  expect(codes.filter((code) => code === "credentials")).toHaveLength(ATTEMPTS_PER_ADDRESS);
  expect(codes.filter((code) => code === "rate_limited")).toHaveLength(extra);
  await sprayer.dispose();
});
