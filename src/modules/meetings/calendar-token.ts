// Personal calendar links: a random secret in the URL, only its SHA-256 hash in the database,
// so a leaked database does not leak working links. The URL is /api/v1/calendar/{token}.ics.
import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, URL-safe: 43 characters. */
export function newCalendarToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashCalendarToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** The token in the last path segment ("abc….ics"), or null when the segment cannot be one. */
export function tokenFromSegment(segment: string): string | null {
  const token = segment.endsWith('.ics') ? segment.slice(0, -'.ics'.length) : segment;
  return /^[A-Za-z0-9_-]{43}$/.test(token) ? token : null;
}

export function calendarFeedPath(token: string): string {
  return `/api/v1/calendar/${token}.ics`;
}
