import { expect, test } from "@playwright/test";
import { demo, expectAccessible, signIn } from "./support";

test("the demo learner sees recall on exam day per domain and sets the recall to aim for", async ({ page }) => {
  await signIn(page, demo.learner);
  await page.goto("/dashboard");
  const recall = page.getByTestId("exam-day-retention-PMP");
  await expect(recall.getByRole("heading", { name: "Recall on exam day" })).toBeVisible();
  await recall.screenshot({ path: ".tmp/screenshots/exam-day-retention.png" });
  for (const domain of ["people", "process", "business-environment"]) {
    const cells = recall.getByTestId(`recall-${domain}`).getByRole("cell");
    await expect(cells.nth(1)).toHaveText(/^[1-9]\d*$/);
    await expect(cells.nth(2)).toHaveText(/^\d+%$/);
    await expect(cells.nth(3)).toHaveText(/^\d+%$/);
  }

  const field = page.getByLabel("Recall to aim for on exam day (%)");
  await expect(field).toHaveValue("90");
  await field.fill("100");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("error-desiredRetention")).toHaveText("Choose at most 97%: perfect recall cannot be planned for.");
  await field.fill("95");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Reviews now aim for 95% recall on exam day.")).toBeVisible();
  await expect(recall).toContainText("so that each card reaches 95%");
  await page.screenshot({ path: ".tmp/screenshots/dashboard-exam-day-retention.png", fullPage: true });
  await expectAccessible(page);
});
