// Runs in the browser before the app hydrates. The content security policy
// allows no eval, and zod would otherwise probe `new Function` once to decide
// whether to compile its parsers: the probe fails quietly but is reported as a
// policy violation. Interpreted parsing is plenty for forms.
import { z } from "zod";

z.config({ jitless: true });
