import "server-only";
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";
import { checkImage, typeOfStoredName, type ImageType } from "@/lib/studio/images";
import { fail, type Result } from "../result";
import { requireAuthor } from "./course-access";

const dir = () => path.resolve(env().UPLOAD_DIR);

/**
 * Keeps an instructor's lesson image on disk under a name made of its content
 * hash, so the same image uploaded twice is stored once and no name a person
 * chose reaches the file system.
 */
export async function storeImage(bytes: Uint8Array): Promise<Result<{ url: string }, "image">> {
  await requireAuthor();
  const checked = checkImage(bytes);
  if (!checked.ok) return fail(checked.error, "image");
  const name = `${createHash("sha256").update(bytes).digest("hex")}.${checked.extension}`;
  await fs.mkdir(dir(), { recursive: true });
  // Written aside and renamed, so a reader never sees half an image.
  const temp = path.join(dir(), `.${name}.${process.pid}.tmp`);
  await fs.writeFile(temp, bytes);
  await fs.rename(temp, path.join(dir(), name));
  return { ok: true, url: `/media/${name}` };
}

/** A stored image by its name, for anyone with the link (lesson images are as public as the lessons' links). */
export async function readImage(name: string): Promise<{ bytes: Buffer; type: ImageType } | null> {
  const type = typeOfStoredName(name);
  if (!type) return null;
  try {
    return { bytes: await fs.readFile(path.join(dir(), name)), type };
  } catch {
    return null;
  }
}
