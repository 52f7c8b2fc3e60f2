// A path on this site, and only that: "/x" is one, while "//host" and "/\host"
// are read by browsers as another site. The check runs again on the
// normalised result, because dot segments and backslashes can turn an
// innocent-looking input ("/.//evil.com", "/./\evil.com") into "//evil.com".
const SAME_ORIGIN_PATH = /^\/(?![/\\])/;
// Browsers drop tabs and newlines inside URLs, so "/\t/evil.com" would become "//evil.com".
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;

/** A same-site path to go to after signing in; anything else falls back. */
export function safeCallbackPath(value: unknown, fallback = "/home"): string {
  if (typeof value !== "string" || CONTROL_CHARACTER.test(value) || !SAME_ORIGIN_PATH.test(value)) return fallback;
  try {
    const url = new URL(value, "http://kaizen.invalid");
    const path = url.pathname + url.search + url.hash;
    if (url.origin !== "http://kaizen.invalid" || !SAME_ORIGIN_PATH.test(path)) return fallback;
    return path;
  } catch {
    return fallback;
  }
}
