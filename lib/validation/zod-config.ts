// zod's configuration, imported for its effect before "zod" by every module that builds
// schemas (lib/validation/zod-config.test.ts checks it). The content security policy allows
// no eval, and zod would otherwise probe `new Function` when it builds its first object
// schema, to decide whether to compile its parsers: in the browser the probe fails quietly
// but is reported as a policy violation. Interpreted parsing is plenty for forms and
// actions. Configured here rather than in instrumentation-client.ts, zod is only in the
// pages that use it (its core was 5 KB gzip of every page's first load).
import { config } from "zod/v4/core";

config({ jitless: true });
