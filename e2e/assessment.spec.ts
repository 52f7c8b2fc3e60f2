import { expect, test } from "@playwright/test";
import { e2eDb } from "./e2e-db";
import { answerCurrent, expectAccessible, register, uniqueEmail } from "./support";

test("a module quiz gives feedback after each answer and records the result", async ({ page }) => {
  await register(page, "Quiz Taker", uniqueEmail("quiz"));
  await page.goto("/courses/lean-fundamentals");
  await page.getByRole("button", { name: "Take the quiz for Value and Waste" }).click();
  await expect(page).toHaveURL(/\/practice\//);
  await expectAccessible(page);

  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.getByTestId("quiz-error")).toHaveText("Answer the question first.");

  for (;;) {
    await answerCurrent(page);
    await page.getByLabel("Fairly sure").check();
    await page.getByRole("button", { name: "Check answer" }).click();
    await expect(page.getByTestId("feedback")).toBeVisible();
    await expect(page.getByTestId("feedback")).toContainText(/Correct|Not quite|Partly right/);
    const next = page.getByRole("button", { name: "Next question →" });
    if (!(await next.isVisible())) break;
    await next.click();
  }
  await page.getByRole("button", { name: "See my result" }).click();
  await expect(page.getByTestId("quiz-score")).toHaveText(/\d+%/);
  await expect(page.getByTestId("review-item").first()).toBeVisible();

  await page.goto("/courses/lean-fundamentals");
  await expect(page.getByTestId("quiz-result").first()).toContainText("Last result:");
  await page.goto("/home");
  await expect(page.getByTestId("home-review-counts")).toContainText(/\d+ due today/);
});

test("an exam resumes after a reload, never ships its key, and auto-finalises at the deadline", async ({ page }) => {
  await register(page, "Exam Taker", uniqueEmail("exam"));
  const bodies: string[] = [];
  page.on("response", async (r) => {
    if (r.request().resourceType() === "document" || r.headers()["content-type"]?.includes("text/x-component")) bodies.push(await r.text().catch(() => ""));
  });

  await page.goto("/exams");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Start a short EI exam" }).click();
  await expect(page).toHaveURL(/\/exams\/[^/]+$/);
  const attemptId = page.url().split("/").pop()!;
  await expect(page.getByRole("timer")).toBeVisible();
  await expectAccessible(page);

  await answerCurrent(page);
  await expect(page.getByTestId("save-state")).toHaveText("All answers saved");
  await page.getByRole("button", { name: "⚐ Flag for review" }).click();
  await page.getByRole("button", { name: "Next →" }).click();
  await answerCurrent(page);
  await expect(page.getByTestId("save-state")).toHaveText("All answers saved");

  await page.reload();
  await expect(page.getByText("2 answered · 18 unanswered · 1 flagged")).toBeVisible();
  await expect(page.getByRole("button", { name: "Question 1, answered, flagged" })).toBeVisible();

  // Nothing the browser received so far holds an explanation or per-option correctness.
  const items = await e2eDb.attemptItem.findMany({ where: { attemptId }, select: { questionVersion: { select: { explanation: true, payload: true } } } });
  const secrets = items.flatMap(({ questionVersion: v }) => {
    const payload = JSON.parse(v.payload) as { options?: { explanation: string }[] };
    return [v.explanation.slice(0, 60), ...(payload.options ?? []).map((o) => o.explanation.slice(0, 60))];
  });
  expect(bodies.length).toBeGreaterThan(1);
  for (const body of bodies) {
    expect(body).not.toMatch(/\\?"(correct|credit|explanation|falseExplanation|matchId|tolerance)\\?"\s*:/);
    for (const secret of secrets) expect(body).not.toContain(secret);
  }

  // Submitting asks first, and counts what is unanswered.
  await page.getByRole("button", { name: "Submit exam" }).click();
  await expect(page.getByText("Submit with 18 unanswered questions?")).toBeVisible();
  await page.getByRole("button", { name: "Keep working" }).click();

  // Let the server's deadline arrive: the page finalises the attempt by itself.
  await e2eDb.attempt.update({ where: { id: attemptId }, data: { deadlineAt: new Date(Date.now() + 4000) } });
  await page.reload();
  await expect(page).toHaveURL(new RegExp(`/exams/${attemptId}/results`), { timeout: 20_000 });
  await expect(page.getByText("Time ran out; the answers saved before the deadline were graded.")).toBeVisible();
  await expect(page.getByTestId("score")).toHaveText(/\d+%/);
  await expect(page.getByTestId("review-item")).toHaveCount(20);
  await expect(page.getByTestId("review-item").first().getByTestId("feedback")).toBeVisible();
  await expectAccessible(page);
  expect(await e2eDb.attempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({ status: "submitted", expired: true });
});

test("an attempt left past its deadline reads as finished, and the learner's next start closes it", async ({ page }) => {
  await register(page, "Late Learner", uniqueEmail("late"));
  await page.goto("/exams");
  await page.getByRole("button", { name: "Start a LEAN domain drill" }).click();
  await expect(page).toHaveURL(/\/exams\/[^/]+$/);
  const attemptId = page.url().split("/").pop()!;
  await e2eDb.attempt.update({ where: { id: attemptId }, data: { deadlineAt: new Date(Date.now() - 60_000) } });
  await page.goto("/exams");
  await expect(page.getByRole("link", { name: /Domain drill: value and waste/ })).toBeVisible();
  await page.goto(`/exams/${attemptId}`);
  await expect(page).toHaveURL(new RegExp(`/exams/${attemptId}/results`));
  await expect(page.getByText("Time ran out; the answers saved before the deadline were graded.")).toBeVisible();
  // Reading wrote nothing; starting another exam is a write, and closes it.
  expect(await e2eDb.attempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({ status: "in_progress" });
  await page.goto("/exams");
  await page.getByRole("button", { name: "Start a short LEAN exam" }).click();
  await expect(page).toHaveURL(/\/exams\/[^/]+$/);
  expect(await e2eDb.attempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({ status: "submitted", expired: true });
});

test("a learner cannot open another learner's attempt", async ({ page, browser }) => {
  await register(page, "Owner", uniqueEmail("owner"));
  await page.goto("/exams");
  await page.getByRole("button", { name: "Start a short CAPM exam" }).click();
  await expect(page).toHaveURL(/\/exams\/[^/]+$/);
  const url = page.url();

  const other = await browser.newPage();
  await register(other, "Intruder", uniqueEmail("intruder"));
  const response = await other.goto(url);
  expect(response?.status()).toBe(404);
  const results = await other.goto(`${url}/results`);
  expect(results?.status()).toBe(404);
  await other.close();
});

test("a learner who reads an exam's RSC payload finds no usable key in the ids", async ({ page }) => {
  await register(page, "Payload Reader", uniqueEmail("payload"));
  await page.goto("/exams");
  await page.getByRole("button", { name: "Start a short PMP exam" }).click();
  await expect(page).toHaveURL(/\/exams\/[^/]+$/);
  await expect(page.getByRole("timer")).toBeVisible();
  const attemptId = page.url().split("/").pop()!;
  // What the browser is sent for the page: the HTML with its inline RSC payload, and the RSC payload of a client navigation.
  const html = await (await page.request.get(page.url())).text();
  const rsc = await (await page.request.get(page.url(), { headers: { RSC: "1" } })).text();
  const received = `${html}\n${rsc}`;

  type Keyed = { type: string; options?: { id: string; correct: boolean }[]; pairs?: { id: string; matchId: string }[]; items?: { id: string }[] };
  const items = await e2eDb.attemptItem.findMany({ where: { attemptId }, select: { questionVersion: { select: { payload: true } } } });
  const keys = items.map((i) => JSON.parse(i.questionVersion.payload) as Keyed);
  // The attacker's best guesses from ids alone: the first id in sort order, prompts paired with matches by sorted id, items in id order.
  let guesses = 0;
  let right = 0;
  for (const key of keys) {
    const ids = [...(key.options ?? []).map((o) => o.id), ...(key.pairs ?? []).flatMap((p) => [p.id, p.matchId]), ...(key.items ?? []).map((i) => i.id)];
    for (const id of ids) expect(received, "every presented id reached the browser").toContain(id);
    for (const id of ids) expect(id).not.toMatch(/^([a-j]|[pmi]\d+)$/);
    if (key.type === "single") {
      guesses++;
      if ([...key.options!].sort((a, b) => a.id.localeCompare(b.id))[0]!.correct) right++;
    }
    if (key.type === "ordering") {
      guesses++;
      const order = key.items!.map((i) => i.id);
      if ([...order].sort().join() === order.join()) right++;
    }
    if (key.type === "matching") {
      guesses++;
      const prompts = key.pairs!.map((p) => p.id).sort();
      const matches = key.pairs!.map((p) => p.matchId).sort();
      if (prompts.every((p, i) => key.pairs!.find((x) => x.id === p)!.matchId === matches[i])) right++;
    }
  }
  expect(guesses).toBeGreaterThan(5);
  // Chance is about one in four; the old readable ids gave close to half for single choice and all of matching and ordering.
  expect(right / guesses).toBeLessThan(0.6);
});

test("a failed final assessment shows what was wrong but not the key, and a retake waits", async ({ page }) => {
  await register(page, "Final Taker", uniqueEmail("final"));
  await page.goto("/courses/lean-fundamentals");
  await page.getByRole("button", { name: "Take the final assessment for Lean Metrics" }).click();
  await expect(page).toHaveURL(/\/practice\//);
  await expectAccessible(page);
  for (;;) {
    await answerCurrent(page);
    await page.getByRole("button", { name: "Save answer" }).click();
    await expect(page.getByRole("button", { name: "Answer saved" })).toBeVisible();
    await expect(page.getByTestId("feedback")).toHaveCount(0);
    const next = page.getByRole("button", { name: "Next question →" });
    if (!(await next.isVisible())) break;
    await next.click();
  }
  const attemptId = page.url().split("/").pop()!;
  // Make sure it fails, whatever the guesses earned.
  await e2eDb.attemptItem.updateMany({ where: { attemptId }, data: { response: null, answeredAt: null } });
  await page.getByRole("button", { name: "Submit the final assessment" }).click();
  await expect(page.getByTestId("quiz-outcome")).toContainText("which questions you got wrong, but not the answers");
  await expect(page.getByTestId("verdict").first()).toBeVisible();
  await expect(page.getByTestId("feedback")).toHaveCount(0);
  await expectAccessible(page);

  await page.goto("/courses/lean-fundamentals");
  await expect(page.getByTestId("retake-from")).toContainText("you can retake it from");
});
