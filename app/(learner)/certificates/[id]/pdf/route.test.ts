import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { createUser, testDb } from "@/test/helpers";
import { pdfLinks, pdfTextRuns } from "@/test/pdf-text";
import { actAs } from "@/test/session";
import { GET } from "./route";

describe("certificate PDF", () => {
  it("links to verification on the configured site, whatever Host the request names", { timeout: 60_000 }, async () => {
    const learner = await createUser("learner", "Łukasz Żółć");
    const course = await testDb.course.findFirstOrThrow({ where: { published: true }, select: { id: true, title: true } });
    const cert = await testDb.certificate.create({
      data: { code: "HOST1-FORGE", userId: learner.id, courseId: course.id, learnerName: learner.name, courseTitle: course.title, educationHours: 2 },
    });
    actAs(learner);
    const request = new Request(`http://evil.example/certificates/${cert.id}/pdf`, { headers: { host: "evil.example", "x-forwarded-host": "evil.example" } });
    const response = await GET(request, { params: Promise.resolve({ id: cert.id }) });
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());

    const expected = `${env().siteUrl}/verify?code=HOST1-FORGE`;
    expect(expected).not.toContain("evil");
    expect(await pdfLinks(bytes)).toEqual([expected]);
    const text = await pdfTextRuns(bytes);
    expect(text).toContain(`Check it at ${expected}`);
    expect(text).toContain("Łukasz Żółć");
    expect(text.join(" ")).not.toContain("evil.example");
  });
});
