// What the studio accepts as a lesson image, decided from the file's bytes,
// never from its name or the browser's claimed type. SVG is refused: it can
// carry script.
export const IMAGE_LIMITS = {
  maxBytes: 2_000_000,
  types: ["image/png", "image/jpeg", "image/webp", "image/gif"],
} as const;

export type ImageType = (typeof IMAGE_LIMITS.types)[number];

const EXTENSIONS: Record<ImageType, string> = { "image/png": "png", "image/jpeg": "jpg", "image/webp": "webp", "image/gif": "gif" };

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) => signature.every((b, i) => bytes[offset + i] === b);

/** The image type the bytes are, by their signature, or null. */
export function sniffImage(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) && (bytes[4] === 0x37 || bytes[4] === 0x39) && bytes[5] === 0x61) return "image/gif";
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return "image/webp";
  return null;
}

export type ImageCheck = { ok: true; type: ImageType; extension: string } | { ok: false; error: string };

export function checkImage(bytes: Uint8Array): ImageCheck {
  if (bytes.length === 0) return { ok: false, error: "Choose an image file." };
  if (bytes.length > IMAGE_LIMITS.maxBytes) return { ok: false, error: `That image is ${(bytes.length / 1_000_000).toFixed(1)} MB; images can be at most ${IMAGE_LIMITS.maxBytes / 1_000_000} MB.` };
  const type = sniffImage(bytes);
  if (!type) return { ok: false, error: "That file is not a PNG, JPEG, WebP or GIF image." };
  return { ok: true, type, extension: EXTENSIONS[type] };
}

/** Stored names are a content hash and an extension: nothing a person typed reaches the disk. */
export const STORED_IMAGE_NAME = /^[a-f0-9]{64}\.(png|jpg|webp|gif)$/;

export function typeOfStoredName(name: string): ImageType | null {
  const m = STORED_IMAGE_NAME.exec(name);
  if (!m) return null;
  return (Object.entries(EXTENSIONS) as [ImageType, string][]).find(([, ext]) => ext === m[1])![0];
}
