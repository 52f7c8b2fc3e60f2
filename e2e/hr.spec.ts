// HR: invitations, cohorts, assignments and the cohort dashboard, as the demo
// HR person would use them; then what HR of another organisation, learners and
// instructors may not see.
import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { hashPassword } from "../lib/auth/password";
import { e2eDb } from "./e2e-db";
import { answerAllCorrectly } from "./exam-answers";
import { demo, DEMO_PASSWORD, expectAccessible, register, signIn, uniqueEmail } from "./support";

const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);

async function setReporting(page: Page, mode: "By name" | "Aggregate-only") {
  await page.goto("/hr/people");
  await page.getByLabel("Reports").selectOption({ label: mode });
  await page.getByRole("button", { name: "Save reporting" }).click();
  await expect(page.getByText(mode === "By name" ? "Reports show members by name." : /Aggregate-only reporting is on/)).toBeVisible();
}

async function uploadCsv(page: Page, text: string) {
  await page.getByLabel("CSV file").setInputFiles({ name: "people.csv", mimeType: "text/csv", buffer: Buffer.from(text) });
  await expect(page.getByText("people.csv read.")).toBeVisible();
}

test("HR invites by CSV, builds a cohort, assigns PMP, watches a learner's progress, reports in aggregate and exports", async ({ page, browser }) => {
  // The longest journey here: two people, a ten-question drill and five axe checks on a shared machine.
  test.setTimeout(300_000);
  const learnerEmail = uniqueEmail("cohort-learner");
  const learnerName = `Cohort Learner ${Date.now().toString(36)}`;
  const learner = await (await browser.newContext()).newPage();
  await register(learner, learnerName, learnerEmail);

  await signIn(page, demo.hr);
  await page.getByRole("link", { name: "HR", exact: true }).click();
  await expect(page.getByRole("heading", { name: "2027 PMP wave 1", level: 1 })).toBeVisible();
  await expect(page.getByTestId("member-row")).toHaveCount(30);
  await expectAccessible(page);

  // A CSV with one bad row imports nobody, and says which row.
  await page.goto("/hr/people");
  await uploadCsv(page, `name,email\nCohort Learner,${learnerEmail}\nBroken Row,not-an-address\n`);
  await page.getByRole("button", { name: "Invite" }).click();
  await expect(page.getByTestId("invite-report")).toContainText('CSV row 3: "not-an-address" is not an email address.');
  await expect(page.getByTestId("invite-row").filter({ hasText: learnerEmail })).toHaveCount(0);
  await expectAccessible(page);
  await uploadCsv(page, `name,email\nCohort Learner,${learnerEmail}\n`);
  await page.getByRole("button", { name: "Invite" }).click();
  await expect(page.getByText("1 person invited. They join when they accept.")).toBeVisible();

  await learner.goto("/home");
  await learner.getByRole("button", { name: "Accept the invitation from Northwind Operations" }).click();
  await expect(learner.getByRole("heading", { name: "Northwind Operations" })).toBeVisible();

  // A cohort of one, with PMP assigned.
  const cohortName = `E2E wave ${Date.now().toString(36)}`;
  await page.goto("/hr/cohorts");
  await page.getByLabel("Cohort name").fill(cohortName);
  await page.getByRole("button", { name: "Create cohort" }).click();
  await expect(page.getByText(`Cohort ${cohortName} created.`)).toBeVisible();
  const cohort = page.getByRole("region", { name: cohortName });
  await cohort.getByLabel(learnerName).check();
  await cohort.getByRole("button", { name: "Add to cohort" }).click();
  await expect(cohort.getByText("1 added to the cohort.")).toBeVisible();
  await cohort.getByLabel("Certification", { exact: true }).selectOption("PMP");
  await cohort.getByLabel("Exam or due date").fill(inDays(60));
  await cohort.getByRole("button", { name: "Assign" }).click();
  await expect(cohort.getByText("Project Management Professional (PMP) assigned.")).toBeVisible();
  await expectAccessible(page);
  const { id: cohortId } = await e2eDb.cohort.findFirstOrThrow({ where: { name: cohortName }, select: { id: true } });

  await page.goto(`/hr?cohort=${cohortId}`);
  const row = page.getByTestId("member-row").filter({ hasText: learnerName });
  await expect(row.getByTestId("risk")).toContainText("not studied yet");
  await expect(row.locator("td").first()).toHaveText("not enough evidence");

  // The learner sees the assignment with the days left, studies, and HR sees it.
  await learner.goto("/home");
  await expect(learner.getByTestId("assignments")).toContainText(/Exam .* · 60 days left/);
  await learner.goto("/exams");
  await learner.getByLabel("Domain (10 questions)").first().selectOption("people");
  await learner.getByRole("button", { name: "Start a PMP domain drill" }).click();
  await expect(learner).toHaveURL(/\/exams\/[^/]+$/);
  await answerAllCorrectly(learner, learner.url().split("/").pop()!);
  await learner.getByRole("button", { name: "Submit exam" }).click();
  await learner.getByRole("button", { name: "Yes, submit" }).click();
  await expect(learner.getByTestId("score")).toHaveText("100%");
  await learner.goto("/dashboard");
  await expect(learner.getByTestId("target-PMP").getByTestId("assigned-by")).toHaveText("Assigned by Northwind Operations");

  await page.reload();
  await expect(row.locator("td").first()).toHaveText(/\d+%/);
  await expect(row.getByTestId("risk")).not.toContainText("not studied yet");
  await row.getByRole("link", { name: learnerName }).click();
  await expect(page.getByRole("heading", { name: learnerName, level: 1 })).toBeVisible();
  await expect(page.getByTestId("member-readiness")).toContainText(/\d+%/);
  await expectAccessible(page);

  // Export as shown: the filter applies.
  await page.goto(`/hr?cohort=${cohortId}`);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const csv = fs.readFileSync((await (await download).path())!, "utf8");
  expect(csv.split("\r\n")[0]).toContain("Member,People readiness");
  expect(csv).toContain(learnerName);

  // Aggregate-only: no names, and a cohort of one is all "fewer than 5", in the page and the export.
  await setReporting(page, "Aggregate-only");
  try {
    await page.goto(`/hr?cohort=${cohortId}`);
    await expect(page.getByTestId("aggregate-notice")).toBeVisible();
    await expect(page.getByText(learnerName)).toHaveCount(0);
    await expect(page.getByTestId("members-count")).toHaveText("fewer than 5");
    await expect(page.getByTestId("aggregate-row").first()).toContainText("fewer than 5");
    await expectAccessible(page);
    const exported = await page.request.get(`/hr/export?cohort=${cohortId}`);
    const text = await exported.text();
    expect(text).not.toContain(learnerName);
    expect(text).toContain("fewer than 5");
    expect((await page.request.get(`/hr/members/${(await e2eDb.user.findUniqueOrThrow({ where: { email: learnerEmail } })).id}`)).status()).toBe(404);
  } finally {
    await setReporting(page, "By name");
  }
});

test.describe("what HR may not see", () => {
  test("HR of another organisation sees nothing of Northwind, by page or export", async ({ page }) => {
    const email = uniqueEmail("other-hr");
    const other = await e2eDb.user.create({ data: { name: "Other HR", email, role: "hr", passwordHash: await hashPassword(DEMO_PASSWORD) } });
    await e2eDb.organisation.create({ data: { name: "Elsewhere Ltd", members: { create: { userId: other.id, kind: "hr" } } } });
    const member = await e2eDb.cohortMember.findFirstOrThrow({ where: { cohortId: "demo-cohort-1" }, select: { userId: true, member: { select: { user: { select: { name: true } } } } } });

    await signIn(page, email);
    await page.goto("/hr?cohort=demo-cohort-1");
    await expect(page.getByText("No cohorts yet.")).toBeVisible();
    await expect(page.getByText(member.member.user.name)).toHaveCount(0);
    expect((await page.goto(`/hr/members/${member.userId}?cohort=demo-cohort-1`))?.status()).toBe(404);
    const exported = await page.request.get("/hr/export?cohort=demo-cohort-1");
    expect(exported.status()).toBe(404);
    expect(await exported.text()).not.toContain(member.member.user.name);
    await page.goto("/hr/people");
    await expect(page.getByText(member.member.user.name)).toHaveCount(0);
  });

  for (const role of ["learner", "instructor"] as const) {
    test(`a ${role} gets a 403 from the HR pages and the export, and no HR link`, async ({ page }) => {
      await signIn(page, demo[role]);
      await expect(page.getByRole("link", { name: "HR", exact: true })).toHaveCount(0);
      for (const path of ["/hr", "/hr/people", "/hr/cohorts", "/hr/members/demo-member-1-02"]) {
        expect((await page.goto(path))?.status(), path).toBe(403);
      }
      expect((await page.request.get("/hr/export?cohort=demo-cohort-1")).status()).toBe(403);
    });
  }

  test("the demo learner sees their organisation and assignments at home, accessibly", async ({ page }) => {
    await signIn(page, demo.learner);
    await page.goto("/home");
    await expect(page.getByRole("heading", { name: "Northwind Operations" })).toBeVisible();
    await expect(page.getByTestId("assignments")).toContainText("Project Management Professional (PMP)");
    await expectAccessible(page);
  });
});
