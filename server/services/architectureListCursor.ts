// The architecture list's keyset cursor (sort value, result_id), opaque to clients: the same cursor
// pages the in-memory list and its SQL reference alike.
import 'server-only';
import { ServiceError } from './serviceError';

export interface Cursor {
  v: number | null;
  id: number;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify(c)).toString('base64url');
}

export function decodeCursor(s: string): Cursor {
  try {
    const c = JSON.parse(Buffer.from(s, 'base64url').toString('utf8')) as unknown;
    if (c && typeof c === 'object' && 'id' in c && 'v' in c && Number.isInteger(c.id) && (c.v === null || Number.isFinite(c.v)))
      return c as Cursor;
  } catch {
    // fall through to the error below
  }
  throw new ServiceError('bad_request', 'cursor is not a cursor returned by this API; start again without it.');
}
