// Pure parsing of content files: front matter, ordering prefixes, word counts.
import matter from "gray-matter";
import type { z } from "zod";

export type Parsed<T> = { meta: T; body: string };

export class ContentError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}

export function parseFile<S extends z.ZodType>(file: string, source: string, schema: S): Parsed<z.infer<S>> {
  let parsed: matter.GrayMatterFile<string>;
  try {
    // An empty options object bypasses gray-matter's cache, which would share results across files.
    parsed = matter(source, {});
  } catch (error) {
    throw new ContentError(file, `front matter is not valid YAML (${(error as Error).message})`);
  }
  if (Object.keys(parsed.data).length === 0) throw new ContentError(file, "missing front matter");
  const result = schema.safeParse(parsed.data);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".") || "front matter"}: ${i.message}`);
    throw new ContentError(file, problems.join("; "));
  }
  return { meta: result.data, body: parsed.content.trim() };
}

/** "03-value-stream-mapping" -> { order: 3, slug: "value-stream-mapping" } */
export function orderAndSlug(name: string): { order: number; slug: string } | null {
  const m = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)(?:\.md)?$/.exec(name);
  if (!m) return null;
  return { order: Number(m[1]), slug: m[2]! };
}

export { countWords, hasExercise, hasWorkedExample } from "./words";
