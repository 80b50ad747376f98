export { cloneDoc, REMOTE, SyncedDocs } from './syncedDocs';
