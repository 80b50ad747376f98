/**
 * Import first in a browser page, before anything else of this package: zod would otherwise probe
 * for `new Function` (to compile fast object parsers) when the first schema is built, and under the
 * page's CSP (`script-src 'self'`, no 'unsafe-eval') that probe is blocked and reported as a
 * violation on every page load. In jitless mode zod never probes and parses by interpretation,
 * which is fast enough for what a browser validates. The server keeps the compiled parsers.
 */
import { config } from 'zod';

config({ jitless: true });
