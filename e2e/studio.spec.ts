import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { e2eDb } from "./e2e-db";
import { demo, expectAccessible, register, signIn, uniqueEmail } from "./support";

// A 1x1 PNG, and a "PNG" that is really a script.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
const SCRIPT_AS_PNG = Buffer.from("<script>document.title = 'owned'</script>");
const paragraph = "A team board shows where work waits, and a limit on each column turns that picture into a signal the whole team can act on before the queue grows.";
const body = (n: number) => `## Worked example\n\n${Array.from({ length: n }, () => paragraph).join("\n\n")}`;

async function newCourse(page: Page, title: string) {
  await page.goto("/studio");
  const form = page.getByRole("form", { name: "New course" });
  await form.getByRole("textbox", { name: "Title" }).fill(title);
  await form.getByRole("textbox", { name: "Summary" }).fill("Queues, limits and boards for an office team.");
  await form.getByLabel("Track").selectOption({ label: "Lean" });
  await form.getByRole("button", { name: "Create course" }).click();
  await expect(page.getByRole("heading", { name: title, level: 1 })).toBeVisible();
}

test("an instructor writes a course with an image and a quiz, publishes it after the refusal lists why; a learner takes it, and a rewrite leaves their result as it was", async ({ page, browser }) => {
  // The longest journey of the suite: authoring, publishing, a learner's quiz, a new version and its statistics.
  test.setTimeout(240_000);
  const title = `Boards in Claims ${Date.now()}`;
  await signIn(page, demo.instructor);
  await page.getByRole("link", { name: "Studio", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Studio", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Visual Management for Service Teams" })).toBeVisible();
  await expectAccessible(page);
  await newCourse(page, title);

  const addModule = page.getByRole("form", { name: "Add a module" });
  await addModule.getByRole("button", { name: "Add module" }).click();
  await expect(addModule.getByText("Enter a module title.")).toBeVisible();
  await addModule.getByRole("textbox", { name: "Module title" }).fill("Seeing the queue");
  await addModule.getByRole("textbox", { name: "Summary" }).fill("Where claims wait.");
  await addModule.getByRole("button", { name: "Add module" }).click();
  await expect(page.getByTestId("studio-module")).toHaveCount(1);
  await page.getByRole("textbox", { name: "New lesson title" }).fill("Counting what waits");
  await page.getByRole("button", { name: "Add lesson" }).click();

  await expect(page.getByRole("heading", { name: "Counting what waits", level: 1 })).toBeVisible();
  await page.getByRole("textbox", { name: "Learning objectives" }).fill("Count the claims waiting at each step");
  await page.getByRole("textbox", { name: "Lesson (markdown)" }).fill(`${body(14)}\n\n<script>window.pwned = 1</script>`);
  await expect(page.getByRole("region", { name: "Preview as learners see it" }).getByRole("heading", { name: "Worked example" })).toBeVisible();
  await page.getByLabel("Insert an image").setInputFiles({ name: "fake.png", mimeType: "image/png", buffer: Buffer.from("<svg onload=alert(1)>") });
  await expect(page.getByText("That file is not a PNG, JPEG, WebP or GIF image.")).toBeVisible();
  await page.getByLabel("Insert an image").setInputFiles({ name: "claims-board.png", mimeType: "image/png", buffer: PNG });
  await expect(page.getByText("Image inserted.")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Lesson (markdown)" })).toHaveValue(/!\[claims board\]\(\/media\/[a-f0-9]{64}\.png\)/);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByText("Draft saved.")).toBeVisible();

  await page.getByRole("link", { name: title }).click();
  await page.getByRole("button", { name: "Publish course" }).click();
  await expect(page.getByText(/Not published yet: Module “Seeing the queue” has no quiz/)).toBeVisible();
  await expectAccessible(page);

  // A quiz question for the module, written in the question editor's form (its default view).
  const coursePath = new URL(page.url()).pathname;
  const templateStem = "Is this statement true or false: a claim a learner should be able to judge?";
  await page.goto("/studio/questions/new?target=LEAN&type=true-false");
  await expect(page.getByRole("button", { name: "Form", exact: true })).toHaveAttribute("aria-pressed", "true");
  const fields = page.getByTestId("question-fields");
  const id = fields.getByRole("textbox", { name: "Id", exact: true });
  // The template fills the form once it has hydrated; write over it only then.
  await expect(id).toHaveValue(/-new-question$/);
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  await id.fill(`${slug}-q1`);
  await fields.getByLabel("Module quiz").selectOption(`${slug}/seeing-the-queue`);
  await fields.getByRole("textbox", { name: "Tags" }).fill("queues, visual-management");
  await fields.getByRole("textbox", { name: "Stem", exact: true }).fill(templateStem);
  await fields.getByRole("radio", { name: "False" }).check();
  await fields.getByRole("radio", { name: "True" }).check();
  await fields.getByRole("textbox", { name: "Explanation for answering True" }).fill("A learner who can judge the claim answers true.");
  await fields.getByRole("textbox", { name: "Explanation for answering False" }).fill("The claim is one a learner can judge, so false is wrong.");
  await expect(page.getByRole("region", { name: "Preview as learners see it" }).getByRole("radio", { name: "True" })).toBeVisible();
  await expectAccessible(page);
  // The YAML view shows what the form wrote, and the form opens again from it.
  await page.getByRole("button", { name: "Edit as YAML" }).click();
  const source = page.getByRole("textbox", { name: "Question (bank YAML)" });
  await expect(source).toHaveValue(new RegExp(`^module: ${slug}/seeing-the-queue$`, "m"));
  await expect(source).toHaveValue(/^tags:\n {2}- queues\n {2}- visual-management$/m);
  await page.getByRole("button", { name: "Form", exact: true }).click();
  await expect(id).toHaveValue(`${slug}-q1`);
  await page.getByRole("button", { name: "Save question" }).click();
  await expect(page.getByText("Saved as a new version.")).toBeVisible();
  await page.waitForURL(/\/studio\/questions\/[^/?]+\?saved=new$/);
  const questionPath = new URL(page.url()).pathname;

  // A visitor without a session is served the catalog from a rendered copy, made here before the publish.
  const visitor = await browser.newPage();
  const catalogForVisitor = async () => (await visitor.request.get("/catalog")).text();
  expect(await catalogForVisitor()).not.toContain(title);

  await page.goto(coursePath);
  await page.getByRole("button", { name: "Publish course" }).click();
  await expect(page.getByText(`“${title}” is published: learners see it now.`)).toBeVisible();
  expect(await catalogForVisitor()).toContain(title);
  await visitor.close();

  const learner = await browser.newPage();
  await signIn(learner, demo.learner);
  await learner.goto("/catalog");
  await learner.getByRole("link", { name: title }).click();
  await learner.getByRole("link", { name: "Counting what waits" }).click();
  await expect(learner.getByRole("heading", { name: "Worked example" })).toBeVisible();
  const image = learner.getByRole("img", { name: "claims board" });
  await expect(image).toBeVisible();
  expect(await learner.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
  const served = await learner.request.get((await image.getAttribute("src"))!);
  expect(served.headers()["content-type"]).toBe("image/png");
  expect(served.headers()["x-content-type-options"]).toBe("nosniff");

  // The learner takes the course's final assessment (its only module's quiz); the review keeps the words they answered.
  await learner.goto(`/courses/${slug}`);
  await learner.getByRole("button", { name: "Take the final assessment for Seeing the queue" }).click();
  await expect(learner).toHaveURL(/\/practice\//);
  await learner.getByTestId("answer").getByRole("radio", { name: "True" }).check();
  await learner.getByRole("button", { name: "Save answer" }).click();
  await expect(learner.getByRole("button", { name: "Answer saved" })).toBeVisible();
  await learner.getByRole("button", { name: "Submit the final assessment" }).click();
  await expect(learner.getByTestId("quiz-score")).toHaveText("100%");
  await expect(learner.getByTestId("review-item")).toContainText(templateStem);
  const resultPath = new URL(learner.url()).pathname;

  // The instructor rewrites the published question: a new version, and the old attempt still shows the old one.
  await page.goto(questionPath);
  const stem = page.getByTestId("question-fields").getByRole("textbox", { name: "Stem", exact: true });
  await expect(stem).toHaveValue(templateStem);
  const revisedStem = "Is this statement true or false: a queue board shows where claims wait longest?";
  await stem.fill(revisedStem);
  await page.getByRole("button", { name: "Save question" }).click();
  await expect(page.getByText("Saved as a new version.")).toBeVisible();
  await expect(page.getByText("Version 2", { exact: true })).toBeVisible();
  await learner.goto(resultPath);
  await expect(learner.getByTestId("review-item")).toContainText(templateStem);
  await expect(learner.getByTestId("review-item")).not.toContainText(revisedStem);

  // The item's statistics count the learner's finished attempt.
  await page.goto("/studio/questions/statistics?target=LEAN");
  const row = page.getByTestId("item-statistics-row").filter({ has: page.getByRole("link", { name: `${slug}-q1` }) });
  await expect(row).toContainText(revisedStem.slice(0, 60));
  await expect(row.locator("td").nth(1)).toHaveText("1");
  await expectAccessible(page);
  await learner.close();
});

test("an instructor imports a GIFT file with one bad item, reads the report, exports the bank and re-imports it unchanged", async ({ page }) => {
  await signIn(page, demo.instructor);
  await page.goto("/studio/questions");
  await page.getByRole("link", { name: "Import" }).click();
  const stamp = Date.now();
  const gift = [
    `::Pull ${stamp}::In a pull system, what starts work at a step? {`,
    "  =A signal from the step downstream #Downstream demand authorises work.",
    "  ~A forecast of next month's orders #That pushes work.",
    "  ~The arrival of raw material #Supply does not authorise work in pull.",
    "}",
    "",
    "::Broken::This item never closes {",
    "  =An answer",
  ].join("\n");
  await page.getByLabel("File").setInputFiles({ name: "lean.gift", mimeType: "text/plain", buffer: Buffer.from(gift) });
  await page.getByLabel("Bank").selectOption("LEAN");
  await page.getByLabel("Exam domain").selectOption("flow-and-pull");
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByText("Ready to import: 1 new, 0 changed, 0 unchanged; 1 skipped.")).toBeVisible();
  await expect(page.getByTestId("import-skipped")).toContainText(/Line \d+: GIFT syntax error/);
  await expectAccessible(page);
  await page.getByRole("button", { name: /^Import/ }).click();
  await expect(page.getByText("Imported: 1 new, 0 changed, 0 unchanged; 1 skipped.")).toBeVisible();

  const exported = await page.request.get("/studio/questions/export?target=LEAN");
  expect(exported.status()).toBe(200);
  const bank = (await exported.json()) as { questions: { id: string }[] };
  expect(bank.questions.map((q) => q.id)).toContain(`lean-gift-pull-${stamp}`);

  // A file that is not JSON is refused with the reason; the exported item comes back unchanged.
  await page.goto("/studio/questions/import");
  await page.getByLabel("File").setInputFiles({ name: "lean.json", mimeType: "application/json", buffer: Buffer.from("{ not json") });
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByTestId("form-message")).toContainText("Nothing was imported. not valid JSON");
  const mine = { ...bank, questions: bank.questions.filter((q) => q.id === `lean-gift-pull-${stamp}`) };
  await page.getByLabel("File").setInputFiles({ name: "lean.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(mine)) });
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByText("Ready to import: 0 new, 0 changed, 1 unchanged.")).toBeVisible();
});

test("an upload that is too large or not an image is refused with the reason, and nothing is stored", async ({ page }) => {
  // The server runs from this directory with this environment (scripts/e2e-server.ts) and names a stored image by its content's hash.
  const uploads = path.resolve(process.env.UPLOAD_DIR ?? "data/uploads");
  const storedAs = (bytes: Buffer) => {
    const hash = createHash("sha256").update(bytes).digest("hex");
    return (fs.existsSync(uploads) ? fs.readdirSync(uploads) : []).filter((name) => name.includes(hash));
  };
  await signIn(page, demo.instructor);

  const oversized = Buffer.concat([PNG, Buffer.alloc(2_500_000)]);
  const large = await page.request.post("/api/studio/images", { multipart: { image: { name: "big.png", mimeType: "image/png", buffer: oversized } } });
  expect(large.status()).toBe(413);
  expect(await large.json()).toEqual({ error: "Images can be at most 2 MB." });

  const script = await page.request.post("/api/studio/images", { multipart: { image: { name: "photo.png", mimeType: "image/png", buffer: SCRIPT_AS_PNG } } });
  expect(script.status()).toBe(400);
  expect(await script.json()).toEqual({ error: "That file is not a PNG, JPEG, WebP or GIF image." });

  expect(storedAs(oversized)).toEqual([]);
  expect(storedAs(SCRIPT_AS_PNG)).toEqual([]);
});

test("an instructor deletes a lesson from the outline after a confirm step that Escape cancels", async ({ page }) => {
  await signIn(page, demo.instructor);
  await newCourse(page, `Outline Pruning ${Date.now()}`);
  const addModule = page.getByRole("form", { name: "Add a module" });
  await addModule.getByRole("textbox", { name: "Module title" }).fill("Two lessons");
  await addModule.getByRole("textbox", { name: "Summary" }).fill("One stays, one goes.");
  await addModule.getByRole("button", { name: "Add module" }).click();
  await expect(page.getByTestId("studio-module")).toHaveCount(1);
  const coursePath = new URL(page.url()).pathname;
  for (const lesson of ["Keeps its place", "Written by mistake"]) {
    await page.getByRole("textbox", { name: "New lesson title" }).fill(lesson);
    await page.getByRole("button", { name: "Add lesson" }).click();
    await expect(page.getByRole("heading", { name: lesson, level: 1 })).toBeVisible();
    await page.goto(coursePath);
  }

  const remove = page.getByRole("button", { name: "Delete lesson Written by mistake" });
  await remove.click();
  const dialog = page.getByRole("dialog", { name: "Delete lesson “Written by mistake”?" });
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(remove).toBeFocused();

  await remove.click();
  await dialog.getByRole("button", { name: "Delete lesson" }).click();
  await expect(page.getByRole("list", { name: "Modules" })).toBeFocused();
  await expect(page.getByText("“Written by mistake” deleted.")).toBeAttached();
  await expect(page.getByRole("link", { name: "Written by mistake" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Keeps its place" })).toBeVisible();
});

test.describe("who may not use the studio", () => {
  for (const role of ["learner", "hr"] as const) {
    test(`a ${role} sees no Studio link and gets a 403 from its pages and routes`, async ({ page }) => {
      await signIn(page, demo[role]);
      await expect(page.getByRole("link", { name: "Studio", exact: true })).toHaveCount(0);
      for (const path of ["/studio", "/studio/questions", "/studio/questions/new"]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(403);
      }
      expect((await page.request.get("/studio/questions/export?target=LEAN")).status()).toBe(403);
      expect((await page.request.post("/api/studio/images", { multipart: { image: { name: "a.png", mimeType: "image/png", buffer: PNG } } })).status()).toBe(403);
    });
  }

  test("another instructor can neither open nor change a course they do not author; an admin can", async ({ page, browser }) => {
    await signIn(page, demo.instructor);
    await page.goto("/studio");
    await page.getByRole("link", { name: "Visual Management for Service Teams" }).click();
    await page.waitForURL(/\/studio\/courses\//);
    const coursePath = new URL(page.url()).pathname;

    const email = uniqueEmail("instructor");
    const other = await browser.newPage();
    await register(other, "Other Instructor", email);
    await e2eDb.user.update({ where: { email }, data: { role: "instructor" } });
    const response = await other.goto(coursePath);
    expect(response?.status()).toBe(404);
    await other.goto("/studio");
    await expect(other.getByRole("link", { name: "Visual Management for Service Teams" })).toHaveCount(0);
    await other.close();

    const admin = await browser.newPage();
    await signIn(admin, demo.admin);
    await admin.goto(coursePath);
    await expect(admin.getByRole("heading", { name: "Visual Management for Service Teams", level: 1 })).toBeVisible();
    await expect(admin.getByTestId("publish-problems")).toContainText("Module “Daily Huddles” has no quiz");
    await admin.close();
  });
});
