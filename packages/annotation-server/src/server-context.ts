import type { ChangeLog } from './change-log.js';
import type { ChangeWatches } from './change-watch.js';
import type { Database } from './database.js';
import type { Addresses } from './representations.js';
import type { AnnotationRepository } from './repository.js';

/** What every route needs: the database, its queries, the public addresses, and the server's policy. */
export interface ServerContext {
  db: Database;
  repository: AnnotationRepository;
  changes: ChangeLog;
  /** Tells the change feed's followers of writes. */
  watches: ChangeWatches;
  addresses: Addresses;
  /** Anyone may read without a token. */
  publicRead: boolean;
  pageSize: number;
}
