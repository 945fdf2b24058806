import { config } from "zod/v4/core";

/**
 * The pane runs under a Content-Security-Policy without 'unsafe-eval' (see taskpane.html). zod
 * probes `new Function` to decide whether to compile its parsers, and a strict policy reports that
 * probe as a violation even though zod catches it: tell zod not to try. Imported first by
 * index.tsx, before any schema is used.
 */
config({ jitless: true });
