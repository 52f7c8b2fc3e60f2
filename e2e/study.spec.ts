import { expect, test } from "@playwright/test";
import { demo, expectAccessible, register, signIn, uniqueEmail } from "./support";

const lessonPath = "/learn/lean-fundamentals/the-eight-wastes";

test("a private note is seen by its author only", async ({ page, browser }) => {
  await register(page, "Note Taker", uniqueEmail("notes"));
  await page.goto(lessonPath);
  const note = `DOWNTIME mnemonic ${Date.now()}`;
  await page.getByLabel(/My notes/).fill(note);
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(page.getByText("Note saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(/My notes/)).toHaveValue(note);
  await page.goto("/home");
  await expect(page.getByText(note)).toBeVisible();

  const other = await browser.newPage();
  await register(other, "Someone Else", uniqueEmail("other"));
  const response = await other.goto(lessonPath);
  await expect(other.getByLabel(/My notes/)).toHaveValue("");
  expect(await response!.text()).not.toContain(note);
  await other.goto("/home");
  await expect(other.getByText(note)).toHaveCount(0);
  await other.close();
});

test("learners discuss a lesson; an instructor hides a comment; emails never reach the browser", async ({ page, browser }) => {
  const email = uniqueEmail("commenter");
  await register(page, "Casey Commenter", email);
  const bodies: string[] = [];
  page.on("response", async (r) => {
    if (r.url().includes("/learn/")) bodies.push(await r.text().catch(() => ""));
  });
  await page.goto(lessonPath);
  await expect(page.getByText("Your email address will not be published. Required fields are marked *")).toBeVisible();

  // Empty and oversized comments are refused with a message.
  await page.getByRole("textbox", { name: "Comment", exact: true }).fill("   ");
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(page.getByTestId("comment-error").first()).toHaveText("Write a comment.");

  const text = `Is motion the same as transport? ${Date.now()}`;
  await page.getByRole("textbox", { name: "Comment", exact: true }).fill(`${text} <img src=x onerror="window.__xss=1"> <script>window.__xss=2</script>`);
  await page.getByRole("button", { name: "Post comment" }).click();
  const mine = page.getByTestId("comment").filter({ hasText: text });
  await expect(mine).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

  // Reply, edit, then a second comment to delete.
  await mine.getByRole("button", { name: "Reply to Casey Commenter" }).click();
  await page.getByRole("textbox", { name: "Reply to Casey Commenter" }).fill("Answering my own question: no, motion is people, transport is things.");
  await page.getByRole("button", { name: "Post reply" }).click();
  await expect(mine.getByText("Answering my own question")).toBeVisible();

  await mine.getByRole("button", { name: "Edit your comment" }).first().click();
  await page.getByRole("textbox", { name: "Edit your comment" }).fill(`${text} (edited version)`);
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText(`${text} (edited version)`)).toBeVisible();
  await expect(mine.getByText("(edited)").first()).toBeVisible();

  const doomed = `Please delete me ${Date.now()}`;
  await page.getByRole("textbox", { name: "Comment", exact: true }).fill(doomed);
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(page.getByText(doomed)).toBeVisible();
  await page.getByTestId("comment").filter({ hasText: doomed }).getByRole("button", { name: "Delete your comment" }).click();
  const confirm = page.getByRole("dialog", { name: "Delete this comment?" });
  await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
  await confirm.getByRole("button", { name: "Delete comment" }).click();
  await expect(page.getByText(doomed)).toHaveCount(0);
  await expect(page.getByRole("heading", { name: /^Discussion/ })).toBeFocused();
  await expectAccessible(page);

  await page.reload();
  for (const body of [...bodies, await page.content()]) expect(body).not.toContain(email);

  // The instructor hides the comment with a reason; learners see only that it was hidden.
  const instructor = await browser.newPage();
  await signIn(instructor, demo.instructor);
  await instructor.goto(lessonPath);
  const target = instructor.getByTestId("comment").filter({ hasText: `${text} (edited version)` });
  await target.getByRole("button", { name: "Hide comment by Casey Commenter" }).first().click();
  await instructor.getByRole("textbox", { name: "Reason for hiding" }).fill("Off topic for this lesson");
  await instructor.getByRole("button", { name: "Hide comment", exact: true }).click();
  await expect(instructor.getByText("Hidden by a moderator: Off topic for this lesson")).toBeVisible();
  await instructor.close();

  const reader = await browser.newPage();
  await register(reader, "Quiet Reader", uniqueEmail("reader"));
  await reader.goto(lessonPath);
  await expect(reader.getByText("Hidden by a moderator.").first()).toBeVisible();
  await expect(reader.getByText(`${text} (edited version)`)).toHaveCount(0);
  expect(await reader.content()).not.toContain(email);
  await reader.close();
});

test("search finds a lesson by a phrase from its body", async ({ page }) => {
  await signIn(page, demo.learner);
  await page.getByRole("link", { name: "Search" }).click();
  await page.getByLabel("Search courses and lessons").fill("sideways journey");
  await page.getByRole("button", { name: "Search" }).click();
  const first = page.getByTestId("search-hit").first();
  await expect(first.getByRole("link", { name: "What a Process Manager Does" })).toBeVisible();
  await expect(first.locator("mark").first()).toHaveText(/sideways|journey/i);
  await expectAccessible(page);

  await page.getByLabel("Track").selectOption("lean");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("link", { name: "What a Process Manager Does" })).toHaveCount(0);
});
