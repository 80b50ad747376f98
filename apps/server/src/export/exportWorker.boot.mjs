// Starts the TypeScript worker under tsx, the same way under `pnpm start`, `node --import tsx`
// (Dockerfile) and vitest: a worker thread does not inherit its parent's module hooks (Node 20).
import { register } from 'tsx/esm/api';

register();
await import('./exportWorker.ts');
