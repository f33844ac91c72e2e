// A cursor for lists ordered newest first by (time, id): opaque to the reader, and a forged
// or damaged one reads as null so the list starts over instead of failing.
import { cursorTime, isCursorId } from './cursor-values';

export type TimeCursor = { at: Date; id: string };

export function encodeTimeCursor(cursor: TimeCursor): string {
  return Buffer.from(JSON.stringify([cursor.at.toISOString(), cursor.id])).toString('base64url');
}

export function decodeTimeCursor(value: string): TimeCursor | null {
  if (value.length > 200) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, 'base64url').toString('utf8'));
    if (!Array.isArray(parsed) || parsed.length !== 2) return null;
    const [time, id] = parsed;
    const at = cursorTime(time);
    return at && isCursorId(id) ? { at, id } : null;
  } catch {
    return null;
  }
}
