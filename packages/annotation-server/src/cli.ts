#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { issueToken, type Access } from './access.js';
import { openDatabase } from './database.js';
import { migrate } from './migrations.js';
import { createServer } from './server.js';

const USAGE = `vellum-annotations: a W3C Web Annotation Protocol server with IIIF Content Search

  serve   [--port 8790] [--host 127.0.0.1] [--public-url URL] [--origin URL]... [--private]
  token   --user NAME [--write PATTERN]... [--read PATTERN]... [--editor]
  migrate

Every command takes --database: a postgres:// URL, a directory for the embedded PGlite, or
"memory" (the default is $VELLUM_DATABASE, else the directory ./annotations-data). A PATTERN
is a container name, or a prefix ending in *. An embedded database serves one process at a time,
so make tokens for it before serving.`;

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    database: { type: 'string', default: process.env.VELLUM_DATABASE ?? 'annotations-data' },
    port: { type: 'string', default: process.env.PORT ?? '8790' },
    host: { type: 'string', default: '127.0.0.1' },
    'public-url': { type: 'string' },
    origin: { type: 'string', multiple: true, default: [] },
    private: { type: 'boolean', default: false },
    user: { type: 'string' },
    write: { type: 'string', multiple: true, default: [] },
    read: { type: 'string', multiple: true, default: [] },
    editor: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

async function main(command: string | undefined): Promise<void> {
  if (values.help || !['serve', 'token', 'migrate'].includes(command ?? '')) {
    console.log(USAGE);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const database = await openDatabase(values.database);
  if (command === 'migrate') {
    console.log(`Schema at version ${await migrate(database)}`);
    return database.close();
  }
  if (command === 'token') {
    if (!values.user) throw new Error('token needs --user');
    await migrate(database);
    const grants = [...values.read.map((containers) => ({ containers, access: 'read' as Access })), ...values.write.map((containers) => ({ containers, access: 'write' as Access }))];
    console.log(await issueToken(database, values.user, grants, values.editor ? 'editor' : 'member'));
    return database.close();
  }
  const port = Number(values.port);
  const app = await createServer({ database, publicUrl: values['public-url'] ?? `http://${values.host}:${port}`, origins: values.origin, publicRead: !values.private, logger: true });
  const stop = async () => {
    await app.close();
    await database.close();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  await app.listen({ port, host: values.host });
}

main(positionals[0]).catch((error: Error) => {
  console.error(`vellum-annotations: ${error.message}`);
  process.exitCode = 1;
});
