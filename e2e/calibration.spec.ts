import { expect, test } from "@playwright/test";
import { demo, expectAccessible, register, signIn, uniqueEmail } from "./support";

const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000).toISOString().slice(0, 10);
const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);

test("a learner sees which calibration is in force, reports their exam result, corrects and withdraws it", async ({ page }) => {
  await register(page, "Outcome Learner", uniqueEmail("outcome"));
  await page.goto("/dashboard");
  await page.getByLabel("Certification").selectOption("PMP");
  await page.getByLabel("Exam date").fill(inDays(30));
  await page.getByRole("button", { name: "Add target" }).click();

  const card = page.getByTestId("target-PMP");
  // The demo's reported PMP results put a calibration in force; without answers there is still no number.
  await expect(card.getByTestId("calibration-state")).toHaveText(/^Calibrated on \d+ reported PMP results/);
  await expect(card.getByTestId("pass-probability")).toHaveText("No estimate until there is enough evidence");
  await expect(card.getByTestId("how-sure")).toContainText("Not sure at all yet");

  await card.getByText("Report a result", { exact: true }).click();
  const form = card.getByTestId("report-result-PMP");
  await form.getByLabel("Date you sat the exam").fill(inDays(3));
  await form.getByLabel("Passed").check();
  await form.getByRole("button", { name: "Report my result" }).click();
  await expect(form.getByText("The exam date can't be in the future.")).toBeVisible();
  await expect(card.getByTestId("my-results")).toHaveCount(0);

  await form.getByLabel("Date you sat the exam").fill(daysAgo(4));
  await form.getByLabel("People").selectOption("above-target");
  await form.getByRole("button", { name: "Report my result" }).click();
  await expect(form.getByText("Thank you: your result is recorded.")).toBeVisible();
  const results = card.getByTestId("my-results");
  await expect(results).toContainText("passed");
  await expect(results).toContainText("People: Above Target");
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("dashboard-result.png"), fullPage: true });

  await results.getByText("Correct this report").click();
  const edit = results.locator("form[data-testid^='edit-result-']");
  await edit.getByLabel("Did not pass").check();
  await edit.getByRole("button", { name: "Save changes" }).click();
  await expect(edit.getByText("Your report is updated.")).toBeVisible();
  await expect(results).toContainText("did not pass");

  await results.getByRole("button", { name: /^Withdraw my report of PMP/ }).click();
  await expect(card.getByTestId("my-results")).toHaveCount(0);
});

test("an admin reads the reliability diagram per target and puts a refit in force", async ({ page }) => {
  await signIn(page, demo.admin);
  await page.goto("/admin/calibration");
  await expect(page.getByRole("heading", { name: "Calibration against exam results", level: 1 })).toBeVisible();

  const pmp = page.getByTestId("calibration-PMP");
  await expect(pmp.getByTestId("in-force")).toHaveText(/^Calibration in force: fitted on \d+ reported results/);
  await expect(pmp.getByRole("img", { name: /^Reliability diagram for PMP\./ })).toBeVisible();
  const bins = pmp.getByRole("table", { name: "PMP: predicted and observed pass rate by bin" });
  await expect(bins.getByRole("row")).toHaveCount(11);
  await expect(pmp.getByTestId("brier")).toHaveText(/^0\.\d{3}$/);

  const lssgb = page.getByTestId("calibration-LSSGB");
  await expect(lssgb.getByTestId("in-force")).toContainText("No calibration in force");
  await expect(lssgb.getByTestId("in-force")).toContainText("Needs 30 reported results, has 12.");
  await expect(lssgb.getByRole("button", { name: /Calibrate/ })).toHaveCount(0);
  await expectAccessible(page);
  await page.screenshot({ path: test.info().outputPath("admin-calibration.png"), fullPage: true });

  await pmp.getByRole("button", { name: "Refit PMP on all reported results" }).click();
  await expect(pmp.getByText(/^PMP is now calibrated on \d+ reported results\.$/)).toBeVisible();
});

for (const role of ["learner", "instructor", "hr"] as const) {
  test(`a ${role} may not open the calibration page`, async ({ page }) => {
    await signIn(page, demo[role]);
    const response = await page.goto("/admin/calibration");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "You don't have access to this page" })).toBeVisible();
    await expect(page.getByText("Calibration in force")).toHaveCount(0);
  });
}

test("signed out, the calibration page sends you to sign in", async ({ page }) => {
  await page.goto("/admin/calibration");
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.getByText("Calibration in force")).toHaveCount(0);
});
