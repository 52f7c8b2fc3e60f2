import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { pdfTextRuns } from "@/test/pdf-text";
import { personName } from "@/lib/validation/person-name";
import { RENDERABLE } from "@/lib/validation/renderable";
import { newCertificateCode, normaliseCode } from "./code";
import { encodeRanges, fontCoverage, renderableRanges } from "./coverage";
import { contactHoursLine, renderCertificatePdf } from "./pdf";

const certificate = (learnerName: string) => ({
  learnerName,
  courseTitle: "Lean Fundamentals",
  educationHours: 3,
  issuedAt: new Date("2026-11-29T00:00:00Z"),
  code: "K7Q2M-9XH4D",
  verifyUrl: "http://localhost:3000/verify?code=K7Q2M-9XH4D",
});

/** The name line as painted: the runs between the lines around it. */
async function paintedName(learnerName: string): Promise<string> {
  const runs = await pdfTextRuns(await renderCertificatePdf(certificate(learnerName)));
  return runs.slice(runs.indexOf("This certifies that") + 1, runs.indexOf("has completed every lesson and passed the final quiz of")).join("");
}

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
    const bytes = await renderCertificatePdf(certificate("Zoë Ødegaard"));
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    expect(doc.getSubject()).toContain("K7Q2M-9XH4D");
    expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe("%PDF-");
  });

  it("states the contact hours and the completion date", { timeout: 60_000 }, async () => {
    const runs = await pdfTextRuns(await renderCertificatePdf({ ...certificate("Ana Silva"), courseTitle: "PMP Exam Prep", educationHours: 35 }));
    expect(runs).toContain("PMP Exam Prep");
    expect(runs).toContain("35 contact hours of instruction (60 minutes each) · completed 29 November 2026");
    expect(contactHoursLine(1, new Date("2026-11-29T00:00:00Z"))).toMatch(/^1 contact hour of instruction/);
  });

  // Each name is accepted by the name rules and painted with every character
  // it has. Right-to-left text is painted in visual order, so read it reversed.
  it.each([
    ["Zoë Ødegaard", "Zoë Ødegaard"],
    ["Łukasz Żółć", "Łukasz Żółć"],
    ["Νίκος Παπαδόπουλος", "Νίκος Παπαδόπουλος"],
    ["Дмитрий", "Дмитрий"],
    ["王芳", "王芳"],
    ["محمد", "دمحم"],
    ["अनीता", "अनीता"],
  ])("prints %s as written", { timeout: 60_000 }, async (name, painted) => {
    expect(personName.safeParse(name).success).toBe(true);
    expect(await paintedName(name)).toBe(painted);
  });

  it("never paints the controls and overrides of a name stored before the name rules", { timeout: 60_000 }, async () => {
    expect(await paintedName("Eve\u202Eevil\u0000")).toBe("Eveevil");
  });
});

describe("the name rules' list of printable characters", () => {
  it("is what the certificate fonts draw, in both weights", { timeout: 60_000 }, () => {
    expect(RENDERABLE).toBe(encodeRanges(renderableRanges(fontCoverage("bold"))));
    expect(RENDERABLE).toBe(encodeRanges(renderableRanges(fontCoverage("regular"))));
  });
});

