const MINUTE = 60_000;

/**
 * What a polite live region says about the exam clock. The text changes only when
 * 10 and then 5 minutes are left, so a screen reader speaks twice rather than every second;
 * each window lasts a minute so a late start inside it still stays quiet afterwards.
 */
export function timeAnnouncement(remaining: number | null): string {
  if (remaining === null) return "";
  if (remaining <= 10 * MINUTE && remaining > 9 * MINUTE) return "10 minutes left";
  if (remaining <= 5 * MINUTE && remaining > 4 * MINUTE) return "5 minutes left";
  return "";
}
