export { ProtocolAnnotationStore, type ProtocolStoreOptions, type SyncStatus } from './protocol-store.js';
export type { Conflict } from './sync-database.js';
export { serverSentEvents } from './change-feed.js';
