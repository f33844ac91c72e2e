// A cursor for lists ordered newest first by (time, id): opaque to the reader, and a forged
// or damaged one reads as null so the list starts over instead of failing.
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
    if (typeof time !== 'string' || typeof id !== 'string' || id.length === 0 || id.length > 64) return null;
    const at = new Date(time);
    return Number.isNaN(at.getTime()) ? null : { at, id };
  } catch {
    return null;
  }
}
