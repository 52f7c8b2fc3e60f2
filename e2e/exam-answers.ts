// Answers an open exam in the browser, reading the key from the database (as only a test may).
import { expect, type Page } from "@playwright/test";
import { e2eDb } from "./e2e-db";
import type { Payload } from "../lib/assessment/types";

/** Answers every question of the open exam correctly, reading the key from the database. */
export async function answerAllCorrectly(page: Page, attemptId: string) {
  const items = await e2eDb.attemptItem.findMany({ where: { attemptId }, orderBy: { position: "asc" }, select: { questionVersion: { select: { payload: true } } } });
  for (const [i, item] of items.entries()) {
    const p = JSON.parse(item.questionVersion.payload) as Payload;
    const answer = page.getByTestId("answer");
    if (p.type === "single") await answer.getByLabel(p.options.find((o) => o.correct)!.text, { exact: true }).check();
    else if (p.type === "multiple") for (const o of p.options.filter((x) => x.correct)) await answer.getByLabel(o.text, { exact: true }).check();
    else if (p.type === "true-false") await answer.getByLabel(p.answer ? "True" : "False", { exact: true }).check();
    else if (p.type === "numeric") await answer.getByLabel("Your answer").fill(String(p.answer));
    else if (p.type === "matching") for (const pair of p.pairs) await answer.getByLabel(pair.prompt, { exact: true }).selectOption({ label: pair.match });
    else {
      // Ordering: move each item up into place.
      for (const [target, item] of p.items.entries()) {
        for (;;) {
          const texts = await answer.locator("li span.flex-1").allTextContents();
          const at = texts.indexOf(item.text);
          if (at <= target) break;
          await answer.getByRole("button", { name: `Move ${item.text} up` }).click();
        }
      }
    }
    await expect(page.getByTestId("save-state")).toHaveText("All answers saved");
    if (i < items.length - 1) await page.getByRole("button", { name: "Next →" }).click();
  }
}
