// Crash safety: a server of its own (a copy of the e2e database) is killed with
// SIGKILL while 50 exam answer saves and submits are in flight, then restarted
// on the same file. Every acknowledged save must be there, no attempt may be
// half-graded, and the restart must come up cleanly.
import { expect, test, type Request } from "@playwright/test";
import { createPrismaClient } from "../lib/db/create-client";
import { Prisma } from "../lib/generated/prisma/client";
import { onPostgres } from "./e2e-db";
import { DEMO_PASSWORD, answerCurrent, demo } from "./support";
import { ownServer } from "./own-server";

// Beside storage-failure.spec.ts (e2e port + 9) and the benchmark's server (3210).
const { base, databaseUrl, copyDatabase, start: startServer, waitUntilUp } = ownServer("crash", 1);

type Captured = { url: string; headers: Record<string, string>; body: string };
async function capture(request: Request, cookie: string): Promise<Captured> {
  const headers = Object.fromEntries(
    Object.entries(await request.allHeaders()).filter(([name]) => !name.startsWith(":") && !["content-length", "connection", "cookie", "accept-encoding"].includes(name)),
  );
  return { url: request.url(), headers: { ...headers, cookie }, body: request.postData() ?? "" };
}
const isAction = (r: Request) => r.method() === "POST" && Boolean(r.headers()["next-action"]);

/** Copies of an attempt in SQL, ids as long as the original's; `answered: false` clears the copies' answers. */
async function copyAttempt(db: ReturnType<typeof createPrismaClient>, templateId: string, prefix: string, count: number, answered: boolean): Promise<string[]> {
  const width = templateId.length - prefix.length;
  const columnsQuery = (table: string) =>
    onPostgres
      ? Prisma.sql`SELECT CAST(column_name AS TEXT) AS "name" FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ${table}`
      : Prisma.sql`SELECT "name" FROM pragma_table_info(${table})`;
  const columns = async (table: string) =>
    (await db.$queryRaw<{ name: string }[]>(columnsQuery(table))).map((c) => `"${c.name}"`).filter((c) => c !== '"id"');
  const list = (names: string[], alias = "") => Prisma.raw(names.map((c) => alias + c).join(", "));
  const attemptColumns = (await columns("Attempt")).filter((c) => c !== '"activeKey"');
  const itemColumns = (await columns("AttemptItem")).filter((c) => c !== '"attemptId"');
  const numbers = Prisma.sql`WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${count})`;
  const padded = onPostgres ? Prisma.sql`lpad(n.i::text, ${width}, '0')` : Prisma.sql`printf('%0' || ${width} || 'd', n.i)`;
  const id = Prisma.sql`(CAST(${prefix} AS TEXT) || ${padded})`;
  await db.$transaction([
    db.$executeRaw`INSERT INTO "Attempt" ("id", ${list(attemptColumns)}) ${numbers} SELECT ${id}, ${list(attemptColumns, "a.")} FROM n, "Attempt" a WHERE a."id" = ${templateId}`,
    db.$executeRaw`INSERT INTO "AttemptItem" ("id", "attemptId", ${list(itemColumns)}) ${numbers} SELECT ${id} || '-' || t."position", ${id}, ${list(itemColumns, "t.")} FROM n, "AttemptItem" t WHERE t."attemptId" = ${templateId}`,
  ]);
  const ids = Array.from({ length: count }, (_, i) => `${prefix}${String(i + 1).padStart(width, "0")}`);
  if (!answered) await db.attemptItem.updateMany({ where: { attemptId: { in: ids } }, data: { response: null, answeredAt: null } });
  return ids;
}

test.describe.configure({ mode: "serial" });

test("a SIGKILL during 50 concurrent saves and submits loses no acknowledged save and half-grades no attempt", async ({ page, context }) => {
  test.setTimeout(180_000);
  await copyDatabase();
  let server = startServer();
  try {
    await waitUntilUp(server);

    await page.goto(`${base}/sign-in`);
    await page.getByLabel("Email").fill(demo.learner);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/home/);
    const cookie = (await context.cookies(base)).map((c) => `${c.name}=${c.value}`).join("; ");
    await page.goto(`${base}/exams`);
    await page.getByRole("button", { name: "Start a short PMP exam" }).click();
    await page.waitForURL(/\/exams\/[^/]+$/);
    const attemptId = new URL(page.url()).pathname.split("/").pop()!;

    // One answer saved through the browser (captured), then the submit captured and stopped.
    const saveRequest = page.waitForRequest(isAction);
    await answerCurrent(page);
    const save = await capture(await saveRequest, cookie);
    await page.getByTestId("save-state").getByText("All answers saved").waitFor();
    let submitRequest: Request | undefined;
    await page.route(/\/exams\//, (route) => {
      if (!isAction(route.request())) return route.continue();
      submitRequest = route.request();
      return route.abort();
    });
    await page.getByRole("button", { name: "Submit exam" }).click();
    await page.getByRole("button", { name: "Yes, submit" }).click();
    await expect.poll(() => submitRequest !== undefined).toBe(true);
    const submit = await capture(submitRequest!, cookie);

    const db = createPrismaClient(databaseUrl);
    const copies = 200;
    let saveIds: string[], submitIds: string[];
    try {
      await db.attempt.update({ where: { id: attemptId }, data: { deadlineAt: new Date(Date.now() + 24 * 3600_000) } });
      saveIds = await copyAttempt(db, attemptId, "save", copies / 2, false);
      submitIds = await copyAttempt(db, attemptId, "subm", copies / 2, true);
    } finally {
      await db.$disconnect();
    }

    // 50 requests stay in flight, drawn from the copies, until the tenth acknowledgement kills the server: however
    // fast the machine, dozens are mid-way when it dies (killing on the first acknowledgement of a single burst of
    // 50 once saw all 50 answered before the signal landed).
    const acknowledged = { saves: [] as string[], submits: [] as string[] };
    let killed = false;
    const fire = (captured: Captured, id: string, kind: "saves" | "submits") =>
      fetch(captured.url, { method: "POST", headers: captured.headers, body: captured.body.replaceAll(attemptId, id), redirect: "manual" })
        .then(async (response) => {
          const body = await response.text();
          const ok = kind === "saves" ? /"ok":true|"status":"success"/.test(body) : /\/results/.test(response.headers.get("x-action-redirect") ?? "") || /"resultsHref"/.test(body);
          if ((response.status === 200 || response.status === 303) && ok) acknowledged[kind].push(id);
          if (acknowledged.saves.length + acknowledged.submits.length >= 10 && !killed) {
            killed = server.child.kill("SIGKILL");
          }
        })
        .catch(() => undefined);
    const queue = saveIds.flatMap((id, i) => [{ id, kind: "saves" as const }, { id: submitIds[i]!, kind: "submits" as const }]);
    const sender = async () => {
      for (let next = queue.shift(); next && !killed; next = queue.shift()) {
        await fire(next.kind === "saves" ? save : submit, next.id, next.kind);
      }
    };
    await Promise.all(Array.from({ length: 50 }, sender));
    const total = acknowledged.saves.length + acknowledged.submits.length;
    test.info().annotations.push({ type: "acknowledged before the kill", description: `${acknowledged.saves.length} saves, ${acknowledged.submits.length} submits of ${copies}` });
    expect(killed, "the server was killed after ten acknowledgements").toBe(true);
    expect(total, "the kill came mid-way, not after everything").toBeLessThan(copies);

    server = startServer();
    await waitUntilUp(server);
    expect((await fetch(`${base}/api/ready`)).status).toBe(200);

    const after = createPrismaClient(databaseUrl);
    try {
      const attempts = await after.attempt.findMany({
        where: { id: { in: [...saveIds, ...submitIds] } },
        select: { id: true, status: true, score: true, percent: true, submittedAt: true, items: { select: { response: true, credit: true } } },
      });
      for (const id of acknowledged.saves) {
        const attempt = attempts.find((a) => a.id === id)!;
        expect(attempt.items.filter((i) => i.response !== null).length, `saved answer of ${id}`).toBe(1);
      }
      for (const id of acknowledged.submits) expect(attempts.find((a) => a.id === id)!.status, `submitted ${id}`).toBe("submitted");
      for (const a of attempts) {
        const graded = [a.score, a.percent, a.submittedAt].filter((v) => v !== null).length + a.items.filter((i) => i.credit !== null).length;
        if (a.status === "submitted") expect(graded, `fully graded ${a.id}`).toBe(3 + a.items.length);
        else expect(graded, `untouched by grading ${a.id}`).toBe(0);
      }
    } finally {
      await after.$disconnect();
    }
    const results = acknowledged.submits[0];
    if (results) {
      await page.goto(`${base}/exams/${results}/results`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    }
    expect(server.output()).not.toMatch(/Error|SQLITE_CORRUPT/);
  } finally {
    server.child.kill("SIGKILL");
  }
});
