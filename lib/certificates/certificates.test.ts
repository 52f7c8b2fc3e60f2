import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { newCertificateCode, normaliseCode } from "./code";
import { renderCertificatePdf } from "./pdf";

describe("certificate codes", () => {
  it("are readable and unique enough", () => {
    const codes = new Set(Array.from({ length: 2000 }, newCertificateCode));
    expect(codes.size).toBe(2000);
    for (const c of [...codes].slice(0, 50)) expect(c).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
  });

  it("normalise what people type", () => {
    expect(normaliseCode(" k7q2m 9xh4d ")).toBe("K7Q2M-9XH4D");
    expect(normaliseCode("ko7q2-mi9xh")).toBe("K07Q2-M19XH");
  });
});

describe("renderCertificatePdf", () => {
  it("produces a one-page PDF carrying the code", async () => {
    const bytes = await renderCertificatePdf({
      learnerName: "Zoë Ødegaard",
      courseTitle: "Lean Fundamentals",
      educationHours: 3,
      issuedAt: new Date("2026-11-29T00:00:00Z"),
      code: "K7Q2M-9XH4D",
      verifyUrl: "http://localhost:3000/verify",
    });
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getSubject()).toContain("K7Q2M-9XH4D");
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe("%PDF-");
  });
});
