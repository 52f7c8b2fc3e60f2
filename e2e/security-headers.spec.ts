// The content security policy and the other security headers, and that the
// pages people use run under them without a single violation.
import { expect, test, type Page } from "@playwright/test";
import { demo, register, signIn, uniqueEmail } from "./support";

const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);

function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
}

/**
 * Collects the policy violations the page reports. Chromium's own "Refused to …"
 * lines do not reach Playwright's console event, so each securitypolicyviolation
 * event is logged from inside the page.
 */
async function watchViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sample})`);
    });
  });
  page.on("console", (m) => {
    if (/CSP violation|Refused to|Content Security Policy/i.test(m.text())) seen.push(`${page.url()}: ${m.text()}`);
  });
  return seen;
}

test("every page gets a nonce-based policy, fresh each time, and the fixed security headers", async ({ request }) => {
  const first = await request.get("/");
  const second = await request.get("/catalog");
  const headers = first.headers();
  const csp = directives(headers["content-security-policy"]!);
  const script = csp.get("script-src")!;
  expect(script).toContain("'strict-dynamic'");
  expect(script).not.toContain("'unsafe-inline'");
  expect(script).not.toContain("'unsafe-eval'");
  const nonce = script.find((s) => s.startsWith("'nonce-"))!;
  expect(nonce).toMatch(/^'nonce-[A-Za-z0-9+/]{22}=='$/);
  expect(directives(second.headers()["content-security-policy"]!).get("script-src")).not.toContain(nonce);
  expect(csp.get("style-src")).not.toContain("'unsafe-inline'");
  expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
  expect(csp.get("object-src")).toEqual(["'none'"]);
  expect(csp.get("base-uri")).toEqual(["'self'"]);
  expect(csp.get("form-action")).toEqual(["'self'"]);

  // Next.js puts the same nonce on the scripts it writes into the page, and so
  // does the rendered copy a visitor without a session is served (lib/public-page-cache.ts).
  const noncesSeen = new Set<string>();
  for (const response of [first, second, await request.get("/catalog"), await request.get("/catalog")]) {
    const own = directives(response.headers()["content-security-policy"]!).get("script-src")!.find((s) => s.startsWith("'nonce-"))!.slice(7, -1);
    noncesSeen.add(own);
    const scriptTags = (await response.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scriptTags.length).toBeGreaterThan(0);
    for (const tag of scriptTags) expect(tag).toContain(`nonce="${own}"`);
  }
  expect(noncesSeen.size).toBe(4);

  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  // Served over plain http here (AUTH_URL unset): HSTS would mean nothing, so it is not sent.
  expect(headers["strict-transport-security"]).toBeUndefined();
  // Signed-in areas still send a visitor without a session to sign in.
  const redirect = await request.get("/dashboard", { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expect(redirect.headers()["location"]).toContain("/sign-in?callbackUrl=%2Fdashboard");
});

test("public pages run without a policy violation", async ({ page }) => {
  const violations = await watchViolations(page);
  for (const path of ["/", "/catalog", "/courses/lean-fundamentals", "/sign-in", "/register", "/verify?code=AAAAA-BBBBB"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  // A client component works: the sign-in form validates in the browser.
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter your email address.")).toBeVisible();
  expect(violations).toEqual([]);
});

test("a learner's lesson, exam and dashboard run without a policy violation", async ({ page }) => {
  const violations = await watchViolations(page);
  await register(page, "Policy Learner", uniqueEmail("csp"));
  await page.goto("/learn/lean-fundamentals/the-eight-wastes");
  await page.waitForLoadState("networkidle");
  await page.goto("/dashboard");
  await page.getByLabel("Certification").selectOption("PMP");
  await page.getByLabel("Exam date").fill(inDays(45));
  await page.getByRole("button", { name: "Add target" }).click();
  await expect(page.getByTestId("target-PMP")).toBeVisible();
  await page.waitForLoadState("networkidle");
  await page.goto("/exams");
  await page.getByRole("button", { name: "Start a short EI exam" }).click();
  await expect(page).toHaveURL(/\/exams\/[^/]+$/);
  await expect(page.getByRole("timer")).toBeVisible();
  await page.waitForLoadState("networkidle");
  expect(violations).toEqual([]);
});

test("the admin pages run without a policy violation", async ({ page }) => {
  const violations = await watchViolations(page);
  await signIn(page, demo.admin);
  for (const path of ["/admin/users", "/admin/blueprints", "/admin/targets", "/admin/audit"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(violations).toEqual([]);
});
