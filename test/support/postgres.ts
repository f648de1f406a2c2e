import { execFile as execFileCallback } from 'node:child_process';
import { chownSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const execFile = promisify(execFileCallback);

/** A throwaway PostgreSQL server of Debian's `postgresql`, in a temporary directory on a free loopback port. */
export interface PostgresCluster {
  /** A database of its own for each caller, so test files do not share tables. */
  createDatabase(name: string): Promise<string>;
  /** Stops the server (as an administrator's fast shutdown would) and starts it again on the same port. */
  restart(): Promise<void>;
  /** Stops the server as `restart` does, leaving it down until `resume`. */
  pause(): Promise<void>;
  /** Starts a paused server again on the same port. */
  resume(): Promise<void>;
  stop(): Promise<void>;
}

function binaries(): string {
  const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
  if (!versions.length) throw new Error("PostgreSQL is not installed; run test/setup.sh (Debian's postgresql)");
  return `/usr/lib/postgresql/${versions[0]}/bin`;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

/** Starts a PostgreSQL cluster; as root, its programs run as the `postgres` user, since PostgreSQL refuses root. */
export async function startPostgres(): Promise<PostgresCluster> {
  const bin = binaries();
  const dir = mkdtempSync(join(tmpdir(), 'vellum-postgres-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const { stdout } = await execFile('id', ['-u', 'postgres']);
    chownSync(dir, Number(stdout), Number(stdout));
  }
  const run = (program: string, args: string[]) => (asRoot ? execFile('runuser', ['-u', 'postgres', '--', join(bin, program), ...args]) : execFile(join(bin, program), args));
  const data = join(dir, 'data');
  const port = await freePort();
  await run('initdb', ['-D', data, '-U', 'vellum', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  const start = () => run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, 'start']);
  const stopServer = () => run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  await start();
  const url = (database: string) => `postgres://vellum@127.0.0.1:${port}/${database}`;
  return {
    async createDatabase(name) {
      await run('psql', ['-h', dir, '-p', String(port), '-U', 'vellum', '-d', 'postgres', '-c', `create database "${name}"`]);
      return url(name);
    },
    async restart() {
      await stopServer();
      await start();
    },
    async pause() {
      await stopServer();
    },
    async resume() {
      await start();
    },
    async stop() {
      await stopServer();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
