// The course certificate as a one-page PDF (A4 landscape), drawn with pdf-lib.
// Text is set in Noto fonts, embedded as subsets, so a name in any script the
// name rules accept is printed as written.
import fontkit from "@foliojs-fork/fontkit";
import { PDFDocument, PDFName, PDFString, rgb, type PDFFont, type PDFPage, type RGB } from "pdf-lib";
import { FONT_FAMILIES, fontBytes, type Weight } from "./fonts";
import { layoutRuns } from "./text-runs";
import { formatDate } from "@/lib/format";

export type CertificateData = { learnerName: string; courseTitle: string; educationHours: number; issuedAt: Date; code: string; verifyUrl: string };

const brand = rgb(0.02, 0.37, 0.27);
const ink = rgb(0.06, 0.09, 0.16);
const muted = rgb(0.33, 0.38, 0.45);

const charsets = new Map<Weight, Set<number>[]>();
function charsetsFor(weight: Weight): Set<number>[] {
  let sets = charsets.get(weight);
  if (!sets) {
    sets = FONT_FAMILIES.map((f) => new Set(fontkit.create(fontBytes(f, weight)).characterSet));
    charsets.set(weight, sets);
  }
  return sets;
}

// Names stored before the name rules existed may still hold controls or
// direction overrides; they are never drawn. Joiners stay: they shape letters.
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;
const visible = (text: string) => text.replace(INVISIBLE, (ch) => (ch === "\u200C" || ch === "\u200D" ? ch : ""));

class Writer {
  private fonts = new Map<string, PDFFont>();
  constructor(
    private pdf: PDFDocument,
    private page: PDFPage,
  ) {}

  private async font(family: number, weight: Weight): Promise<PDFFont> {
    const key = `${family}-${weight}`;
    let font = this.fonts.get(key);
    if (!font) {
      font = await this.pdf.embedFont(fontBytes(FONT_FAMILIES[family]!, weight), { subset: true });
      this.fonts.set(key, font);
    }
    return font;
  }

  /** Draws one centred line; returns its left and right edges. */
  async center(text: string, y: number, size: number, weight: Weight = "regular", color: RGB = ink): Promise<[number, number]> {
    const sets = charsetsFor(weight);
    const runs = layoutRuns(visible(text), sets.length, (family, cp) => sets[family]!.has(cp));
    const fonts = await Promise.all(runs.map((r) => this.font(r.family, weight)));
    const widths = runs.map((r, i) => fonts[i]!.widthOfTextAtSize(r.text, size));
    const left = (this.page.getWidth() - widths.reduce((a, b) => a + b, 0)) / 2;
    let x = left;
    runs.forEach((run, i) => {
      this.page.drawText(run.text, { x, y, size, font: fonts[i], color });
      x += widths[i]!;
    });
    return [left, x];
  }
}

/**
 * The hours as an application for PMP or CAPM asks for them: contact hours of
 * instruction, each 60 minutes. They are the course's claim, which the content
 * check holds to what its lessons take.
 */
export function contactHoursLine(hours: number, issuedAt: Date): string {
  return `${hours} contact ${hours === 1 ? "hour" : "hours"} of instruction (60 minutes each) · completed ${formatDate(issuedAt, "long")}`;
}

export async function renderCertificatePdf(data: CertificateData): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(`Certificate: ${data.courseTitle}`);
  pdf.setAuthor("Kaizen Academy");
  pdf.setSubject(`Certificate of completion, verification code ${data.code}`);
  const page = pdf.addPage([842, 595]);
  const { width } = page.getSize();
  const text = new Writer(pdf, page);

  page.drawRectangle({ x: 24, y: 24, width: width - 48, height: 595 - 48, borderColor: brand, borderWidth: 3 });
  page.drawRectangle({ x: 34, y: 34, width: width - 68, height: 595 - 68, borderColor: brand, borderWidth: 0.75 });
  await text.center("KAIZEN ACADEMY", 500, 14, "bold", brand);
  await text.center("Certificate of Completion", 440, 34, "bold");
  await text.center("This certifies that", 395, 14, "regular", muted);
  await text.center(data.learnerName, 350, 30, "bold");
  await text.center("has completed every lesson and passed the final quiz of", 312, 14, "regular", muted);
  await text.center(data.courseTitle, 275, 22, "bold", brand);
  await text.center(contactHoursLine(data.educationHours, data.issuedAt), 232, 13);
  await text.center(`Verification code ${data.code}`, 120, 12, "bold");
  const [left, right] = await text.center(`Check it at ${data.verifyUrl}`, 100, 10, "regular", muted);

  // The printed address is also a link, so a reader can open it from the PDF.
  const link = pdf.context.obj({
    Type: "Annot",
    Subtype: "Link",
    Rect: [left, 96, right, 112],
    Border: [0, 0, 0],
    A: { Type: "Action", S: "URI", URI: PDFString.of(data.verifyUrl) },
  });
  page.node.set(PDFName.of("Annots"), pdf.context.obj([pdf.context.register(link)]));
  return pdf.save();
}
