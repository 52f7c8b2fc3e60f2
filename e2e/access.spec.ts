// What each role may not do, tried the way an attacker or a curious user would.
import { expect, test, type Request } from "@playwright/test";
import { DEMO_PASSWORD, demo, register, signIn, uniqueEmail } from "./support";

test.describe("anonymous visitors", () => {
  for (const path of ["/home", "/learn/process-manager-foundations/what-a-process-manager-does", "/admin/users"]) {
    test(`are sent to sign in from ${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveURL(new RegExp(`/sign-in\\?callbackUrl=${encodeURIComponent(path).replace(/%2F/g, "(%2F|/)")}`));
      await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
    });
  }

  test("return to the page they asked for after signing in", async ({ page }) => {
    await page.goto("/learn/lean-fundamentals/the-eight-wastes");
    await page.getByLabel("Email").fill(demo.learner);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/learn\/lean-fundamentals\/the-eight-wastes/);
  });

  test("can read the catalog and course outlines but not lesson text", async ({ page }) => {
    await page.goto("/courses/pmp-exam-prep");
    await expect(page.getByRole("link", { name: "Sign in to enrol" })).toBeVisible();
    await expect(page.locator("a[href^='/learn/']")).toHaveCount(0);
  });
});

for (const role of ["learner", "instructor", "hr"] as const) {
  test(`a ${role} gets a 403 from the admin pages`, async ({ page }) => {
    await signIn(page, demo[role]);
    for (const path of ["/admin/users", "/admin/blueprints", "/admin/targets", "/admin/audit"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
    }
    await expect(page.getByRole("link", { name: "Admin", exact: true })).toHaveCount(0);
  });
}

test("a learner replaying the admin's role-change request changes nothing", async ({ page, browser }) => {
  const victimEmail = uniqueEmail("victim");
  const victim = await browser.newPage();
  await register(victim, "Replay Victim", victimEmail);
  await victim.close();

  // Record what the admin's browser sends when it changes a role.
  await signIn(page, demo.admin);
  await page.goto(`/admin/users?q=${encodeURIComponent(victimEmail)}`);
  const row = page.getByTestId(`user-row-${victimEmail}`);
  const captured = new Promise<Request>((resolve) => page.on("request", (r) => r.method() === "POST" && r.headers()["next-action"] && resolve(r)));
  await row.getByLabel("Role for Replay Victim", { exact: true }).selectOption("hr");
  await row.getByRole("button", { name: "Save role for Replay Victim" }).click();
  const request = await captured;
  await expect(row.getByText("Saved: Replay Victim is now HR.")).toBeVisible();
  const body = request.postDataBuffer()!;
  const headers = await request.allHeaders();

  // A learner sends the same action, asking for admin this time.
  const learner = await browser.newContext();
  const learnerPage = await learner.newPage();
  await signIn(learnerPage, demo.learner);
  const forged = Buffer.from(body.toString("latin1").replace(/\bhr\b/, "admin"), "latin1");
  const response = await learnerPage.request.post(request.url(), {
    headers: { "next-action": headers["next-action"]!, "content-type": headers["content-type"]!, accept: "text/x-component" },
    data: forged,
  });
  expect(response.status()).toBeGreaterThanOrEqual(400);
  expect(await response.text()).not.toContain("Saved");
  await learner.close();

  await page.reload();
  await expect(page.getByTestId(`user-row-${victimEmail}`).getByLabel("Role for Replay Victim", { exact: true })).toHaveValue("hr");
});
