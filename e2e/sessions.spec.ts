// Sessions as a person uses them: across browsers, after sign-out everywhere,
// a password change or one session signed out; the cookie's flags; and the
// way back after signing in never leading off the site.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectAccessible, register, signIn, uniqueEmail } from "./support";

const PASSWORD = "amber kettle drifting north";

// Two browsers and several sign-ins per test: more than the default time on a busy machine.
test.describe.configure({ timeout: 90_000 });

/** One person signed in twice: a registered browser and a second, separate one. */
async function twoBrowsers(browser: Browser, name: string) {
  const email = uniqueEmail(name.toLowerCase().replace(/\s+/g, "-"));
  const first = await (await browser.newContext()).newPage();
  await register(first, name, email, PASSWORD);
  const second = await (await browser.newContext()).newPage();
  await signIn(second, email, PASSWORD);
  await second.goto("/home");
  await expect(second).toHaveURL(/\/home/);
  return { email, first, second };
}

async function expectSignedOut(page: Page) {
  await page.goto("/home");
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
}

test("signing out everywhere in one browser ends the session in another", async ({ browser }) => {
  const { first, second } = await twoBrowsers(browser, "Everywhere Person");
  await first.getByRole("link", { name: /^Account:/ }).click();
  await expect(first.getByRole("heading", { name: "Your account", level: 1 })).toBeVisible();
  await expect(first.getByTestId("session-row")).toHaveCount(2);
  await expectAccessible(first);

  await first.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(first).toHaveURL(/\/sign-in/);
  await expectSignedOut(second);
  await expectSignedOut(first);
});

test("one session signed out from the account page ends there only", async ({ browser }) => {
  const { first, second } = await twoBrowsers(browser, "Single Session");
  await first.goto("/account");
  const other = first.getByTestId("session-row").filter({ has: first.getByRole("button", { name: /^Sign out / }) });
  await expect(other).toHaveCount(1);
  await other.getByRole("button", { name: /^Sign out / }).click();
  await expect(first.getByTestId("session-row")).toHaveCount(1);
  await expect(first.getByTestId("session-row").getByText("This browser")).toBeVisible();

  await expectSignedOut(second);
  await first.goto("/home");
  await expect(first).toHaveURL(/\/home/);
});

test("changing the password keeps this browser signed in and signs the other out", async ({ browser }) => {
  const { email, first, second } = await twoBrowsers(browser, "Password Changer");
  await first.goto("/account");
  await first.getByLabel("Current password").fill("not the password");
  await first.getByLabel(/^New password\*?$/).fill("copper lantern meadow sky");
  await first.getByLabel("New password again").fill("copper lantern meadow sky");
  await first.getByRole("button", { name: "Change password" }).click();
  await expect(first.getByTestId("error-currentPassword")).toHaveText("That is not your current password.");

  await first.getByLabel("Current password").fill(PASSWORD);
  await first.getByRole("button", { name: "Change password" }).click();
  await expect(first.getByTestId("form-message")).toHaveText("Password changed. 1 other session was signed out.");
  await expect(first.getByLabel("Current password")).toHaveValue("");

  await expectSignedOut(second);
  await signIn(second, email, "copper lantern meadow sky");
  await first.goto("/home");
  await expect(first).toHaveURL(/\/home/);
});

test("the session cookie is HttpOnly and SameSite=Lax, and not Secure on http://localhost", async ({ page, context }) => {
  await register(page, "Cookie Person", uniqueEmail("cookie"), PASSWORD);
  const session = (await context.cookies()).find((c) => c.name.includes("session-token"));
  expect(session).toMatchObject({ name: "authjs.session-token", httpOnly: true, sameSite: "Lax", secure: false, path: "/" });
  expect(await page.evaluate(() => document.cookie)).not.toContain("session-token");
});

test("the way back after signing in stays on this site, whatever the callbackUrl", async ({ page, baseURL }) => {
  // Each of these once sent a signed-in visitor of the sign-in page to evil.example
  // (the browser then fails to resolve it here, and the test fails).
  const outside = ["/.//evil.example/", "/..//evil.example/", "/%2e//evil.example/", "/./\\evil.example/"];
  const email = uniqueEmail("redirect");
  await register(page, "Redirect Person", email, PASSWORD);

  for (const callbackUrl of outside) {
    await test.step(`callbackUrl=${callbackUrl}`, async () => {
      await page.getByRole("button", { name: "Sign out" }).click();
      await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

      await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
      await page.getByLabel("Email").fill(email);
      await page.getByLabel("Password").fill(PASSWORD);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page).toHaveURL(/\/home$/);
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);

      // Already signed in, the sign-in page sends people on at once: to this site too.
      await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
      await expect(page).toHaveURL(/\/home$/);
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
    });
  }
});
