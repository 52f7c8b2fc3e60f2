/** The client's address as the fronting proxy reports it; "local" when there is none. Used only to key rate limits. */
export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || "local";
}
