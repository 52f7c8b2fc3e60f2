// Runs in the browser before the app hydrates. The content security policy
// allows no eval, and zod would otherwise probe `new Function` once to decide
// whether to compile its parsers: the probe fails quietly but is reported as a
// policy violation. Interpreted parsing is plenty for forms. Only zod's config
// is imported: the whole of zod here would be in every page's first load.
import { config } from "zod/v4/core";

config({ jitless: true });
