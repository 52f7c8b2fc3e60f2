import { routeHandler } from "@/lib/actions/route-handler";
import { renderCertificatePdf } from "@/lib/certificates/pdf";
import { getMyCertificate } from "@/lib/data/certificates/get-my-certificate";
import { env } from "@/lib/env";

/** The signed-in learner's own certificate as a PDF; anyone else's is not found. */
export const GET = routeHandler<{ id: string }>("signed-in", async (_request, { params }) => {
  const certificate = await getMyCertificate((await params).id);
  if (!certificate) return new Response("Not found", { status: 404 });
  // From configuration, never from the request: a forged Host header must not put another site's address on the certificate.
  const verifyUrl = new URL(`/verify?code=${certificate.code}`, env().siteUrl).toString();
  const pdf = await renderCertificatePdf({ ...certificate, verifyUrl });
  return new Response(Buffer.from(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="kaizen-certificate-${certificate.code}.pdf"`,
      "cache-control": "private, no-store",
    },
  });
});
