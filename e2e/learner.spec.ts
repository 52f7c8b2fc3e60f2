import { expect, test } from "@playwright/test";
import { expectAccessible, register, signIn, uniqueEmail } from "./support";

test("a visitor registers, signs out and in, enrols, studies a lesson and sees progress", async ({ page }) => {
  const email = uniqueEmail("journey");
  const password = "amber kettle drifting north";

  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Prepare for PMP");
  await expectAccessible(page);

  // Field-level errors before anything is sent, then the server's own check.
  await page.goto("/register");
  await expect(page.getByText("Required fields are marked *")).toBeVisible();
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("error-name")).toHaveText("Enter your name.");
  await expect(page.getByTestId("error-email")).toHaveText("Enter your email address.");
  await expect(page.getByTestId("error-password")).toHaveText("Choose a password.");
  await page.getByLabel("Name").fill("Journey Tester");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("password123456");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("error-password")).toContainText("too common");
  await expectAccessible(page);

  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/home/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Welcome, Journey Tester");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  // Signed out stays signed out, whatever prefetches were still in flight.
  await page.goto("/home");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);

  // A wrong password and an unknown email read the same.
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("not my password at all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("Incorrect email or password.");
  await page.getByLabel("Email").fill(uniqueEmail("nobody"));
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("form-message")).toHaveText("Incorrect email or password.");

  await signIn(page, email, password);
  await page.goto("/catalog");
  await expect(page.getByRole("heading", { name: "Process Manager Foundations", level: 2 })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Process Manager Foundations" }).last().click();
  await expect(page).toHaveURL(/\/courses\/process-manager-foundations/);
  await expectAccessible(page);

  await page.getByRole("button", { name: "Enrol in Process Manager Foundations" }).click();
  await expect(page).toHaveURL(/\/learn\/process-manager-foundations\/what-a-process-manager-does/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("What a Process Manager Does");
  await expect(page.getByRole("table").first()).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Mark lesson complete" }).click();
  await expect(page.getByText("Lesson marked complete.")).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Course progress" })).toHaveAttribute("aria-valuenow", "7");

  // Keyboard: the right arrow goes to the next lesson.
  await page.keyboard.press("ArrowRight");
  await expect(page).toHaveURL(/responsibilities-and-a-week-in-the-life/);

  await page.goto("/home");
  await expect(page.getByRole("progressbar", { name: "Process Manager Foundations progress" })).toHaveAttribute("aria-valuenow", "7");
  await expect(page.getByText("1 of 15 lessons complete")).toBeVisible();
  await page.getByRole("link", { name: /^Continue:/ }).click();
  await expect(page).toHaveURL(/responsibilities-and-a-week-in-the-life/);
  await page.goto("/home");
  await expectAccessible(page);
});

test("another learner sees none of the first learner's progress", async ({ page, browser }) => {
  await register(page, "First Learner", uniqueEmail("first"));
  await page.goto("/courses/lean-fundamentals");
  await page.getByRole("button", { name: "Enrol in Lean Fundamentals" }).click();
  await page.getByRole("button", { name: "Mark lesson complete" }).click();
  await expect(page.getByText("Lesson marked complete.")).toBeVisible();

  const other = await browser.newPage();
  await register(other, "Second Learner", uniqueEmail("second"));
  await expect(other.getByText("You haven't enrolled in a course yet.")).toBeVisible();
  await other.goto("/courses/lean-fundamentals");
  await expect(other.getByRole("button", { name: "Enrol in Lean Fundamentals" })).toBeVisible();
  await other.close();
});
