// Invitation links carry a random token; the database keeps only its SHA-256 hash, so a
// leaked copy of the database (or the audit log) does not contain working links.
import 'server-only';

import { createHash, randomBytes } from 'node:crypto';

export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashInvitationToken(token) };
}

export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function invitationPath(locale: string, token: string): string {
  return `/${locale}/invitations/${token}`;
}
