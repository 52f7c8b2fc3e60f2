import { expect, test } from "@playwright/test";
import { e2eDb } from "./e2e-db";
import { answerAllCorrectly } from "./exam-answers";
import { expectAccessible, register, uniqueEmail } from "./support";

const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);

test("a learner picks a target, practises, and watches readiness and next actions change", async ({ page }) => {
  await register(page, "Dash Learner", uniqueEmail("dash"));
  await page.goto("/dashboard");
  await page.getByLabel("Certification").selectOption("PMP");
  await page.getByLabel("Exam date").fill("2020-01-01");
  await page.getByRole("button", { name: "Add target" }).click();
  await expect(page.getByTestId("error-examDate")).toHaveText("The exam date can't be in the past.");
  await page.getByLabel("Exam date").fill(inDays(45));
  await page.getByRole("button", { name: "Add target" }).click();

  const card = page.getByTestId("target-PMP");
  await expect(card.getByTestId("readiness")).toHaveText("Not enough evidence yet");
  await expect(card.getByTestId("domain-people")).toContainText("not enough evidence");
  const before = await card.getByTestId("next-actions").textContent();
  await expectAccessible(page);

  await page.goto("/exams");
  await page.getByLabel("Domain (10 questions)").first().selectOption("people");
  await page.getByRole("button", { name: "Start a PMP domain drill" }).click();
  await expect(page).toHaveURL(/\/exams\/[^/]+$/);
  await answerAllCorrectly(page, page.url().split("/").pop()!);
  await page.getByRole("button", { name: "Submit exam" }).click();
  await page.getByRole("button", { name: "Yes, submit" }).click();
  await expect(page.getByTestId("score")).toHaveText("100%");

  await page.goto("/dashboard");
  await expect(card.getByTestId("domain-people")).toContainText(/\d+% \(\d+%–\d+%\)/);
  await expect(card.getByTestId("domain-people")).toContainText("10");
  expect(await card.getByTestId("next-actions").textContent()).not.toBe(before);
  await expectAccessible(page);

  // The drill's ten answers are now review cards; the ledger and review pages are usable too.
  await page.goto("/review");
  await expect(page.getByTestId("review-this-week")).toHaveText(/\d+/);
  await expectAccessible(page);
  await page.goto("/dashboard/pdus");
  await expectAccessible(page);
});

test("a completed course yields a certificate PDF whose code verifies publicly, and no one else can fetch it", async ({ page, browser }) => {
  const email = uniqueEmail("cert");
  await register(page, "Cert Holder", email);
  const user = await e2eDb.user.findUniqueOrThrow({ where: { email } });
  const course = await e2eDb.course.findUniqueOrThrow({
    where: { slug: "capm-essentials" },
    select: { id: true, lessons: { orderBy: [{ module: { order: "asc" } }, { order: "asc" }], select: { id: true, slug: true } }, modules: { orderBy: { order: "desc" }, take: 1, select: { id: true } } },
  });
  // Arrange all but the last lesson and a passed final quiz directly; finish the course in the browser.
  const last = course.lessons.at(-1)!;
  await e2eDb.lessonCompletion.createMany({ data: course.lessons.slice(0, -1).map((l) => ({ userId: user.id, lessonId: l.id })) });
  await e2eDb.attempt.create({ data: { userId: user.id, mode: "final", moduleId: course.modules[0]!.id, status: "submitted", submittedAt: new Date(), score: 8, maxScore: 8, percent: 100, passed: true, passingPercent: 70 } });

  await page.goto(`/learn/capm-essentials/${last.slug}`);
  await page.getByRole("button", { name: "Mark lesson complete" }).click();
  await expect(page.getByText("Your course certificate is on your dashboard.")).toBeVisible();

  await page.goto("/dashboard");
  const link = page.getByRole("link", { name: "Download PDF" });
  const href = (await link.getAttribute("href"))!;
  const pdf = await page.request.get(href);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  const code = (await e2eDb.certificate.findFirstOrThrow({ where: { userId: user.id } })).code;

  const visitorContext = await browser.newContext();
  const visitor = await visitorContext.newPage();
  await visitor.goto("/verify");
  await visitor.getByLabel("Verification code").fill(code.toLowerCase());
  await visitor.getByRole("button", { name: "Verify" }).click();
  await expect(visitor.getByTestId("verify-result")).toContainText("Valid.");
  await expect(visitor.getByTestId("verify-result")).toContainText("CAPM Essentials");
  // The holder's name, so the code cannot vouch for another name written on a copy; never their email.
  await expect(visitor.getByTestId("verify-result")).toContainText("Cert Holder");
  expect(await visitor.content()).not.toContain(email);
  await expectAccessible(visitor);
  await visitor.getByLabel("Verification code").fill("ZZZZZ-ZZZZZ");
  await visitor.getByRole("button", { name: "Verify" }).click();
  await expect(visitor.getByTestId("verify-result")).toContainText("Not valid.");

  // Anonymous: sent to sign in. Another learner: not found, and their dashboard shows nothing of it.
  const anonymous = await visitor.request.get(href, { maxRedirects: 0 });
  expect(anonymous.status()).toBe(307);
  await register(visitor, "Other Learner", uniqueEmail("other"));
  expect((await visitor.request.get(href)).status()).toBe(404);
  await visitor.goto("/dashboard");
  await expect(visitor.getByText(code)).toHaveCount(0);
  await visitorContext.close();
});
