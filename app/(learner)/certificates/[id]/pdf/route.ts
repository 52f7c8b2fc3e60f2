import { renderCertificatePdf } from "@/lib/certificates/pdf";
import { getMyCertificate } from "@/lib/data/certificates";

/** The signed-in learner's own certificate as a PDF; anyone else's is not found. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const certificate = await getMyCertificate((await params).id);
  if (!certificate) return new Response("Not found", { status: 404 });
  const pdf = await renderCertificatePdf({ ...certificate, verifyUrl: new URL("/verify", request.url).toString() });
  return new Response(Buffer.from(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="kaizen-certificate-${certificate.code}.pdf"`,
      "cache-control": "private, no-store",
    },
  });
}
