import { expect, test } from "@playwright/test";
import { demo, expectAccessible, register, signIn, uniqueEmail } from "./support";

test("an admin finds a user and changes their role", async ({ page, browser }) => {
  const email = uniqueEmail("promote");
  const newcomer = await browser.newPage();
  await register(newcomer, "Promoted Person", email);

  await signIn(page, demo.admin);
  await page.getByRole("link", { name: "Admin" }).click();
  await expect(page.getByRole("heading", { name: "Users", level: 1 })).toBeVisible();
  await page.getByRole("searchbox", { name: "Search by name or email" }).fill(email);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("1 user matching")).toBeVisible();
  await expectAccessible(page);

  const row = page.getByTestId(`user-row-${email}`);
  await row.getByLabel("Role for Promoted Person", { exact: true }).selectOption("instructor");
  await row.getByRole("button", { name: "Save role for Promoted Person" }).click();
  await expect(row.getByText("Saved: Promoted Person is now Instructor.")).toBeVisible();

  await page.reload();
  await expect(page.getByTestId(`user-row-${email}`).getByLabel("Role for Promoted Person", { exact: true })).toHaveValue("instructor");

  // The promoted user's next request reflects the new role.
  await newcomer.goto("/home");
  await expect(newcomer.getByText("Instructor", { exact: true })).toBeVisible();
  await newcomer.close();
});
