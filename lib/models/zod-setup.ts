import { config } from 'zod/mini';

// Extension pages and content scripts forbid generating code at run time: validate without zod's
// compiled fast path. Every module that builds schemas imports this first (`zod` and `zod/mini`
// share this setting).
config({ jitless: true });
