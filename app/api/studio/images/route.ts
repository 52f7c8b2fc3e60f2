import { routeHandler } from "@/lib/actions/route-handler";
import { AUTHORS } from "@/lib/auth/roles";
import { storeImage } from "@/lib/data/studio/images";
import { IMAGE_LIMITS } from "@/lib/studio/images";

// The lesson editor's image upload: multipart form data with one file, `image`.
export const POST = routeHandler(AUTHORS, async (request) => {
  const length = Number(request.headers.get("content-length") ?? 0);
  // Refused before reading: the body is the size the client says, plus the multipart envelope.
  if (length > IMAGE_LIMITS.maxBytes + 64_000) return Response.json({ error: `Images can be at most ${IMAGE_LIMITS.maxBytes / 1_000_000} MB.` }, { status: 413 });
  const form = await request.formData().catch(() => null);
  const file = form?.get("image");
  if (!(file instanceof Blob)) return Response.json({ error: "Choose an image file." }, { status: 400 });
  const stored = await storeImage(new Uint8Array(await file.arrayBuffer()));
  if (!stored.ok) return Response.json({ error: stored.message }, { status: 400 });
  return Response.json({ url: stored.url }, { status: 201 });
});
