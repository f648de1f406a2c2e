import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from './database.js';
import { HttpError } from './http-error.js';
import { isName } from './names.js';

export type Access = 'read' | 'write';

/** Who made a request: a user named by a bearer token, or nobody. */
export interface Caller {
  name: string;
  role: 'member' | 'editor';
}

function hashOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A container pattern is a name, or a prefix ending in `*`. */
function covers(pattern: string, container: string): boolean {
  return pattern.endsWith('*') ? container.startsWith(pattern.slice(0, -1)) : pattern === container;
}

/** Whether `pattern` can name containers: `*`, a container name, or a name's beginning and `*`. */
const isPattern = (pattern: string) => pattern === '*' || isName(pattern.endsWith('*') ? pattern.slice(0, -1) : pattern);

/** Creates the user if needed, gives them `access` to the containers `pattern` names, and returns a new token (shown once; only its hash is kept). */
export async function issueToken(db: Queryable, user: string, grants: readonly { containers: string; access: Access }[], role: Caller['role'] = 'member'): Promise<string> {
  if (!user.trim()) throw new RangeError('A user needs a name');
  const unusable = grants.find(({ containers }) => !isPattern(containers));
  if (unusable) throw new RangeError(`${JSON.stringify(unusable.containers)} names no container: give a name, a name's beginning and *, or *`);
  const token = randomBytes(24).toString('base64url');
  await db.query('insert into users (name, role) values ($1, $2) on conflict (name) do update set role = excluded.role', [user, role]);
  await db.query('insert into tokens (hash, user_name) values ($1, $2)', [hashOf(token), user]);
  for (const { containers, access } of grants) {
    await db.query('insert into grants (user_name, containers, access) values ($1, $2, $3) on conflict (user_name, containers) do update set access = excluded.access', [user, containers, access]);
  }
  return token;
}

/** The caller an `Authorization` header names: nobody without one, a 401 for a token the server does not know. */
export async function callerOf(db: Queryable, authorization: string | undefined): Promise<Caller | undefined> {
  if (!authorization) return undefined;
  const token = /^Bearer\s+(\S+)$/i.exec(authorization)?.[1];
  const [user] = token
    ? await db.query<Caller>('select users.name, users.role from tokens join users on users.name = tokens.user_name where tokens.hash = $1', [hashOf(token)])
    : [];
  if (!user) throw new HttpError(401, 'The bearer token is not known to this server', { 'WWW-Authenticate': 'Bearer error="invalid_token"' });
  return user;
}

/** Throws 401 or 403 unless `caller` may have `access` to `container`; reading is open to all when `publicRead`. */
export async function authorize(db: Queryable, caller: Caller | undefined, container: string, access: Access, publicRead: boolean): Promise<void> {
  if (access === 'read' && publicRead) return;
  if (!caller) throw new HttpError(401, `A bearer token with ${access} access is needed`, { 'WWW-Authenticate': 'Bearer' });
  const grants = await db.query<{ containers: string; access: Access }>('select containers, access from grants where user_name = $1', [caller.name]);
  const allowed = grants.some((grant) => covers(grant.containers, container) && (access === 'read' || grant.access === 'write'));
  if (!allowed) throw new HttpError(403, `${caller.name} has no ${access} access to ${container}`);
}

/** Throws 403 unless `caller` made the annotation or is an editor. */
export function authorizeChange(caller: Caller | undefined, creator: string): void {
  if (caller?.role !== 'editor' && caller?.name !== creator) throw new HttpError(403, `Only ${creator} or an editor may change this annotation`);
}
