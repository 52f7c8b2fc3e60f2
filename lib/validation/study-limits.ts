// The study forms' length limits, apart from their zod schemas: the lesson
// page's client components show them, and importing the schemas there would
// put zod in the lesson's first load.
export const NOTE_MAX = 10_000;
export const COMMENT_MAX = 2_000;
export const HIDE_REASON_MAX = 200;
