export { issueToken, type Access } from './access.js';
export { openDatabase, type Database } from './database.js';
export { migrate } from './migrations.js';
export { createServer, type ServerOptions } from './server.js';
