import { expect, test } from "@playwright/test";
import { e2eDb } from "./e2e-db";
import { demo, expectAccessible, register, signIn, uniqueEmail } from "./support";

test("an admin finds a user and changes their role", async ({ page, browser }) => {
  const email = uniqueEmail("promote");
  const newcomer = await browser.newPage();
  await register(newcomer, "Promoted Person", email);

  await signIn(page, demo.admin);
  await page.getByRole("link", { name: "Admin", exact: true }).click();
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
  await expect(page.getByText(/EI certificate, 2028 format · from 1 Jan 2028 · 60 questions, 90 min, pass 70%/)).toBeVisible();
});

test("an admin edits a certification's education requirement and renewal rule; bad values get a message beside the field", async ({ page }) => {
  await signIn(page, demo.admin);
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Certification targets" }).click();
  await expect(page.getByRole("heading", { name: "Certification targets", level: 1 })).toBeVisible();
  await expect(page.getByTestId("target-row-PMP")).toContainText("60 PDUs every 3 years");
  await expectAccessible(page);

  const form = page.getByRole("form", { name: "Rules for Lean Six Sigma Green Belt" });
  await form.getByRole("textbox", { name: "Education hours to apply" }).fill("lots");
  await form.getByRole("button", { name: "Save LSSGB rules" }).click();
  await expect(form.getByText("Enter the hours as a number.")).toBeVisible();
  await form.getByRole("textbox", { name: "Education hours to apply" }).fill("40");
  await form.getByRole("checkbox", { name: "Renews with PDUs" }).check();
  await form.getByRole("textbox", { name: "PDUs required" }).fill("30");
  await form.getByRole("textbox", { name: "Education at least" }).fill("45");
  await form.getByRole("textbox", { name: "Giving Back at most" }).fill("10");
  await form.getByRole("button", { name: "Save LSSGB rules" }).click();
  await expect(form.getByText("The Education minimum can't exceed the PDUs required.")).toBeVisible();
  await expectAccessible(page);
  await form.getByRole("textbox", { name: "Education at least" }).fill("20");
  await form.getByRole("button", { name: "Save LSSGB rules" }).click();
  await expect(form.getByText("Lean Six Sigma Green Belt: saved.")).toBeVisible();

  await page.reload();
  const row = page.getByTestId("target-row-LSSGB");
  await expect(row).toContainText("40");
  await expect(row).toContainText("30 PDUs every 3 years · 20+ Education · Giving Back up to 10");
  await expect(row).toContainText("Edited");
});

test("an admin reads the audit log, filtered; bad filters get a message, not an error page", async ({ page }) => {
  const actor = uniqueEmail("audited");
  await e2eDb.auditEvent.createMany({
    data: [
      { at: new Date("2031-06-01T08:00:00Z"), action: "blueprint.saved", actorEmail: actor, subjectType: "blueprint", subjectId: "bp-e2e", detail: JSON.stringify({ name: "PMP 2031 outline", created: true }), ip: "203.0.113.9" },
      { at: new Date("2031-06-02T08:00:00Z"), action: "certificate.issued", actorEmail: actor, subjectType: "certificate", subjectId: "cert-e2e", detail: JSON.stringify({ code: "AAAAA-BBBBB" }), ip: "203.0.113.9" },
    ],
  });

  await signIn(page, demo.admin);
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Administration" }).getByRole("link", { name: "Audit log" }).click();
  await expect(page.getByRole("heading", { name: "Audit log", level: 1 })).toBeVisible();
  await page.getByRole("searchbox", { name: "Actor email" }).fill(actor);
  await page.getByLabel("Action").selectOption("blueprint.saved");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByText("1 event", { exact: true })).toBeVisible();
  const row = page.getByTestId("audit-row");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(actor);
  await expect(row).toContainText("Saved a blueprint");
  await expect(row).toContainText("203.0.113.9");
  await expect(row).toContainText("PMP 2031 outline");
  await expect(row).toContainText("1 Jun 2031");
  await expectAccessible(page);

  // Newest first over both events.
  await page.goto(`/admin/audit?actor=${encodeURIComponent(actor)}`);
  await expect(page.getByTestId("audit-row").first()).toContainText("Certificate issued");

  const response = await page.goto("/admin/audit?from=2031-13-40&action=user.deleted");
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("error-from")).toHaveText("Enter a real start date. You gave “2031-13-40”.");
  await expect(page.getByTestId("error-action")).toHaveText("Choose an action from the list. You gave “user.deleted”.");
  await expect(page.getByTestId("filter-problem")).toBeVisible();
  await expectAccessible(page);
});
