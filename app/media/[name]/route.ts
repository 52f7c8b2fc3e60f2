import { routeHandler } from "@/lib/actions/route-handler";
import { readImage } from "@/lib/data/studio/images";

// Lesson images. Served with the type their bytes were checked to be, never
// sniffed by the browser, and sandboxed so that even a file that slipped
// through could not run script on this origin.
export const GET = routeHandler<{ name: string }>("anyone", async (_request, { params }) => {
  const image = await readImage((await params).name);
  if (!image) return new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
  return new Response(new Uint8Array(image.bytes), {
    headers: {
      "content-type": image.type,
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
      "content-disposition": "inline",
      // The name is the content's hash: it never changes.
      "cache-control": "public, max-age=31536000, immutable",
    },
  });
});
