// The course certificate as a one-page PDF (A4 landscape), drawn with pdf-lib.
import { PDFDocument, rgb, StandardFonts } from "pdf-lib";

export type CertificateData = { learnerName: string; courseTitle: string; educationHours: number; issuedAt: Date; code: string; verifyUrl: string };

const brand = rgb(0.02, 0.37, 0.27);
const ink = rgb(0.06, 0.09, 0.16);
const muted = rgb(0.33, 0.38, 0.45);

/** Standard PDF fonts cover Latin-1 only; other characters become their closest plain form. */
function latin1(text: string): string {
  return text.normalize("NFKD").replace(/[^\x20-\xFF]/g, "");
}

export async function renderCertificatePdf(data: CertificateData): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Certificate: ${latin1(data.courseTitle)}`);
  pdf.setAuthor("Kaizen Academy");
  pdf.setSubject(`Certificate of completion, verification code ${data.code}`);
  const page = pdf.addPage([842, 595]);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const { width } = page.getSize();
  const center = (text: string, y: number, size: number, font = regular, color = ink) => {
    const t = latin1(text);
    page.drawText(t, { x: (width - font.widthOfTextAtSize(t, size)) / 2, y, size, font, color });
  };

  page.drawRectangle({ x: 24, y: 24, width: width - 48, height: 595 - 48, borderColor: brand, borderWidth: 3 });
  page.drawRectangle({ x: 34, y: 34, width: width - 68, height: 595 - 68, borderColor: brand, borderWidth: 0.75 });
  center("KAIZEN ACADEMY", 500, 14, bold, brand);
  center("Certificate of Completion", 440, 34, bold);
  center("This certifies that", 395, 14, regular, muted);
  center(data.learnerName, 350, 30, bold);
  center("has completed every lesson and passed the final quiz of", 312, 14, regular, muted);
  center(data.courseTitle, 275, 22, bold, brand);
  const date = data.issuedAt.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  center(`${data.educationHours} education ${data.educationHours === 1 ? "hour" : "hours"} · issued ${date}`, 232, 13);
  center(`Verification code ${data.code}`, 120, 12, bold);
  center(`Check it at ${data.verifyUrl}`, 100, 10, regular, muted);
  return pdf.save();
}
