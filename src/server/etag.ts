// Entity tags for answers that are the same for everyone (open data, calendar feeds), so a
// client that already holds the body gets a 304 instead of the body again.
import { createHash } from 'node:crypto';

/** A weak validator: equal bodies give equal tags, whatever the encoding on the wire. */
export function weakEtag(body: string): string {
  return `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** If-None-Match uses the weak comparison (RFC 9110 §13.1.2): W/ prefixes do not matter. */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => opaque(tag) === opaque(etag));
}
