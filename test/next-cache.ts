// next/cache for Vitest. The data cache is simulated as the app's server keeps
// it: a result is kept per function and arguments until one of its tags is
// updated, so a test that reads published content after a studio action fails
// when the action forgets to invalidate it.
import { vi } from "vitest";

type Entry = { value: Promise<unknown>; tags: string[] };
const entries = new Map<string, Entry>();

function expire(tag: string) {
  for (const [key, entry] of entries) if (entry.tags.includes(tag)) entries.delete(key);
}

export const nextCacheMock = {
  unstable_cache<Args extends unknown[], T>(read: (...args: Args) => Promise<T>, keyParts: string[] = [], options: { tags?: string[] } = {}) {
    return (...args: Args): Promise<T> => {
      const key = JSON.stringify([keyParts, args]);
      if (!entries.has(key)) {
        // As the real cache stores JSON, a cached Date comes back as a string.
        const value = read(...args).then((result) => (result === undefined ? result : JSON.parse(JSON.stringify(result))));
        entries.set(key, { value, tags: options.tags ?? [] });
        value.catch(() => entries.delete(key));
      }
      return entries.get(key)!.value as Promise<T>;
    };
  },
  updateTag: vi.fn(expire),
  revalidateTag: vi.fn(expire),
  revalidatePath: vi.fn(),
  refresh: vi.fn(),
};
