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

test("an admin adds an exam blueprint; weights that don't add up are refused", async ({ page }) => {
  await signIn(page, demo.admin);
  await page.goto("/admin/blueprints");
  await expect(page.getByRole("heading", { name: "Exam blueprints", level: 1 })).toBeVisible();
  await expectAccessible(page);
  await page.getByText("Add a blueprint for EI").click();
  const form = page.getByRole("form", { name: "New blueprint for EI" });
  await form.getByRole("textbox", { name: "Name" }).fill("EI certificate, 2028 format");
  await form.getByLabel("Takes effect").fill("2028-01-01");
  const number = (name: string) => form.getByRole("spinbutton", { name, exact: true });
  await number("Questions").fill("60");
  await number("Scored").fill("60");
  await number("Minutes").fill("90");
  await number("Pass mark %").fill("70");
  await number("Break minutes").fill("0");
  for (const domain of ["self awareness", "self management", "social awareness"]) await number(domain).fill("25");
  await number("relationship management").fill("30");
  await form.getByRole("button", { name: "Add blueprint" }).click();
  await expect(form.getByText("Domain weights must add up to 100% (now 105%).")).toBeVisible();
  await expect(form.getByRole("textbox", { name: "Name" })).toHaveValue("EI certificate, 2028 format");
  await number("relationship management").fill("25");
  await form.getByRole("button", { name: "Add blueprint" }).click();
  await expect(page.getByText(/EI certificate, 2028 format · from 2028-01-01 · 60 questions, 90 min, pass 70%/)).toBeVisible();
});
