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

// Every date the product shows goes through here. Dates are stored as UTC
// instants; calendar dates (exam days, earned-on dates) are UTC midnights, so
// they are formatted in UTC too, or they would slip a day west of Greenwich.
const formats = {
  medium: new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" }),
  long: new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }),
  "day-month": new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" }),
};
const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const dateTimeSeconds = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

/** "1 Dec 2026" (medium), "1 December 2026" (long), "1 Dec" (day-month). */
export function formatDate(at: Date, style: keyof typeof formats = "medium"): string {
  return formats[style].format(at);
}

/** "1 Dec 2026, 14:05 UTC": the server does not know the reader's time zone, so it says which one it means. */
export function formatDateTime(at: Date, precision: "minutes" | "seconds" = "minutes"): string {
  return `${(precision === "seconds" ? dateTimeSeconds : dateTime).format(at)} UTC`;
}
