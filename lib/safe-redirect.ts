/** A same-site path to go to after signing in; anything else falls back. */
export function safeCallbackPath(value: unknown, fallback = "/home"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  try {
    const url = new URL(value, "http://kaizen.invalid");
    if (url.origin !== "http://kaizen.invalid") return fallback;
    return url.pathname + url.search + url.hash;
  } catch {
    return fallback;
  }
}
