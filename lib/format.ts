/** "45 min", "2 h 5 min" */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h} h ${m} min` : `${h} h`;
}

export function formatHours(hours: number): string {
  return `${Number.isInteger(hours) ? hours : hours.toFixed(1)} h`;
}

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

/** "1 Dec 2026, 14:05 UTC": the server does not know the reader's time zone, so it says which one it means. */
export function formatDateTime(at: Date): string {
  return `${dateTime.format(at)} UTC`;
}
