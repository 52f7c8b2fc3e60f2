import { expect, test, type Page } from "@playwright/test";
import { answerCurrent, demo, expectAccessible, register, signIn, uniqueEmail } from "./support";

// Issue 15: a learner, an instructor and HR on a Pixel 7 (the "phone" project of playwright.config.ts), in both themes.

const lessonPath = "/learn/lean-fundamentals/the-eight-wastes";

/**
 * What every page must hold to at phone width: no sideways scrolling, a one-row header, nothing axe can find
 * (only contrast, when the same page was checked in full before its colour scheme changed).
 */
async function checkPage(page: Page, shot: string, { contrastOnly = false } = {}) {
  // Full-page screenshots are for people reviewing a change; CI only needs the assertions.
  if (!process.env.CI) await page.screenshot({ path: test.info().outputPath(`${shot}.png`), fullPage: true });
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, `${shot} scrolls sideways`).toBeLessThanOrEqual(innerWidth);
  const header = await page.locator("body > header").boundingBox();
  expect(header?.height, `${shot} header height`).toBeLessThanOrEqual(80);
  await expectAccessible(page, { contrastOnly });
}

/** Axe in full in the light theme and for contrast in the dark one, on what is open now (a menu, a sheet). */
async function expectAccessibleInBothThemes(page: Page) {
  await page.emulateMedia({ colorScheme: "light" });
  await expectAccessible(page);
  await page.emulateMedia({ colorScheme: "dark" });
  await expectAccessible(page, { contrastOnly: true });
  await page.emulateMedia({ colorScheme: "light" });
}

/** The page in full in the light theme, then its contrast in the dark one (the same page, its colour scheme switched), and back. */
async function checkThemes(page: Page, shot: string) {
  await page.emulateMedia({ colorScheme: "light" });
  await checkPage(page, `${shot}-light`);
  await page.emulateMedia({ colorScheme: "dark" });
  await checkPage(page, `${shot}-dark`, { contrastOnly: true });
  await page.emulateMedia({ colorScheme: "light" });
}


async function expectTouchTarget(page: Page, name: string | RegExp) {
  const box = await page.getByRole("button", { name }).first().boundingBox();
  expect(box?.width).toBeGreaterThanOrEqual(44);
  expect(box?.height).toBeGreaterThanOrEqual(44);
}

test.describe("the exam on a phone", () => {
  test("a learner studies a lesson and answers an exam question through the navigator sheet, in both themes", async ({ page }) => {
    // Six pages in two themes, a menu and a sheet checked too: a guard against hangs, not a speed test
    // (it ran out of 120 s once with three workers on 2 cores).
    test.setTimeout(240_000);
    await signIn(page, demo.learner);
    await checkThemes(page, "home");

    // The header folds the links into a menu that takes focus, gives it back on Escape and closes on navigation.
    const menu = page.getByRole("button", { name: "Menu" });
    await expect(page.getByRole("navigation", { name: "Main" })).toBeHidden();
    await menu.click();
    await expect(menu).toHaveAttribute("aria-expanded", "true");
    const panel = page.locator(`#${await menu.getAttribute("aria-controls")}`);
    await expect(panel.getByRole("heading", { name: "Learning" })).toBeVisible();
    await expect(panel.getByRole("link").first()).toBeFocused();
    await expectAccessibleInBothThemes(page);
    await page.screenshot({ path: test.info().outputPath("menu.png") });
    await page.keyboard.press("Escape");
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await expect(menu).toBeFocused();
    await expect(panel).toBeHidden();

    await page.goto(lessonPath);
    await checkThemes(page, "lesson");

    await menu.click();
    await panel.getByRole("link", { name: "Exams" }).click();
    await expect(page).toHaveURL(/\/exams$/);
    await expect(menu).toHaveAttribute("aria-expanded", "false");
    await checkThemes(page, "exams");

    await page.getByRole("button", { name: "Start a short EI exam" }).click();
    await expect(page).toHaveURL(/\/exams\/[^/]+$/);
    await expect(page.getByRole("timer").first()).toBeVisible();
    await checkThemes(page, "exam");
    await expectTouchTarget(page, "Next →");
    for (const choice of await page.getByTestId("answer").locator("label:has(input[type=radio]), label:has(input[type=checkbox])").all()) {
      expect((await choice.boundingBox())?.height).toBeGreaterThanOrEqual(44);
    }

    // The sticky bar opens the navigator as a sheet; jumping to a question closes it.
    const sheetButton = page.getByRole("button", { name: /^Questions · \d+ left$/ });
    await sheetButton.click();
    await expect(sheetButton).toHaveAttribute("aria-expanded", "true");
    const sheet = page.getByRole("complementary", { name: "Question navigator" });
    await expect(sheet).toBeFocused();
    await expectAccessibleInBothThemes(page);
    await page.screenshot({ path: test.info().outputPath("exam-sheet.png") });
    await sheet.getByRole("button", { name: "Question 2, unanswered" }).click();
    await expect(sheet).toBeHidden();
    await expect(page.getByText(/^Question 2 of \d+/)).toBeVisible();

    await answerCurrent(page);
    await expect(page.getByTestId("save-state")).toHaveText("All answers saved");

    await sheetButton.click();
    await expect(sheet.getByRole("button", { name: "Question 2, answered" })).toBeVisible();
    await expect(sheet.getByText(/^1 answered · /)).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(sheet).toBeHidden();
    await expect(sheetButton).toBeFocused();

    // Submitting is reached from the sheet too.
    await sheetButton.click();
    await sheet.getByRole("button", { name: "Submit exam" }).click();
    await sheet.getByRole("button", { name: "Yes, submit" }).click();
    await expect(page).toHaveURL(/\/results$/, { timeout: 20_000 });
    await checkThemes(page, "results");
  });
});

test.describe("phone journeys beyond the exam", () => {
  test("a new learner registers, takes a module quiz with thumbs, reviews a card and reads the dashboard", async ({ page }) => {
    await register(page, "Phone Learner", uniqueEmail("phone"));
    await checkPage(page, "register-home");
    await page.goto("/courses/lean-fundamentals");
    await checkPage(page, "course");
    await page.getByRole("button", { name: "Take the quiz for Value and Waste" }).click();
    await expect(page).toHaveURL(/\/practice\//);
    await checkPage(page, "quiz");

    // The progress stays on screen however far the question and its feedback scroll.
    const progress = page.getByTestId("quiz-progress");
    for (;;) {
      await answerCurrent(page);
      await page.getByLabel("Fairly sure").check();
      await expectTouchTarget(page, "Check answer");
      await page.getByRole("button", { name: "Check answer" }).click();
      await expect(page.getByTestId("feedback")).toBeVisible();
      await page.mouse.wheel(0, 2000);
      await expect(progress).toBeInViewport();
      const next = page.getByRole("button", { name: "Next question →" });
      if (!(await next.isVisible())) break;
      await expectTouchTarget(page, "Next question →");
      await next.click();
    }
    await expect(progress).toContainText(/(\d+) of \1 · \1 answered/);
    await checkPage(page, "quiz-done");
    await page.getByRole("button", { name: "See my result" }).click();
    await expect(page.getByTestId("quiz-score")).toHaveText(/\d+%/);
    await checkPage(page, "quiz-result");

    await page.goto("/review");
    await checkPage(page, "review");
    await page.goto("/dashboard");
    await checkPage(page, "dashboard-new-learner");
  });

  // One sign-in per role; each page is checked in both themes without reloading it.
  for (const [role, paths] of [
    ["learner", ["/home", "/dashboard", "/dashboard/pdus", "/review"]],
    ["instructor", ["/studio", "/studio/questions", "/studio/questions/statistics?target=LEAN"]],
    ["hr", ["/hr", "/hr/cohorts", "/hr/people"]],
  ] as const) {
    test(`the demo ${role}'s main pages fit a phone in both themes`, async ({ page }) => {
      // Up to eight checks of long pages on a shared 2-core machine: a guard against hangs, not a speed test.
      test.setTimeout(240_000);
      await signIn(page, demo[role]);
      for (const path of paths) {
        await page.goto(path);
        for (const theme of ["light", "dark"] as const) {
          await page.emulateMedia({ colorScheme: theme });
          await checkPage(page, `${path.replace(/\W+/g, "-")}-${theme}`, { contrastOnly: theme === "dark" });
        }
      }
    });
  }
});
