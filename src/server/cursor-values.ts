// What a decoded cursor may carry back into SQL. A cursor is opaque but not trusted: anyone can
// forge one, and a value PostgreSQL refuses (a NUL byte in text, a time beyond its range, a
// number beyond int) would fail the whole query. Each cursor decoder checks its parts here, so a
// forged cursor reads as no cursor (the first page, or the API's invalid parameter) instead.

/** Record ids (cuid) and slugs: letters, digits, '-' and '_'. */
const ID = /^[A-Za-z0-9_-]{1,100}$/;

export function isCursorId(value: unknown): value is string {
  return typeof value === 'string' && ID.test(value);
}

/** A sort key of text (a name, a title): bounded, without the NUL that text columns refuse. */
export function isCursorText(value: unknown, maxLength = 400): value is string {
  return typeof value === 'string' && value.length <= maxLength && !value.includes('\u0000');
}

/** A whole number PostgreSQL's int holds. */
export function isCursorInt(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= 2_147_483_647;
}

// Every time Trappan stores lies well inside these years; PostgreSQL refuses times far beyond.
const EARLIEST = Date.UTC(1900, 0, 1);
const LATEST = Date.UTC(9999, 11, 31);

/** A time from an ISO text, or null when it is none or lies outside what a record can hold. */
export function cursorTime(value: unknown): Date | null {
  if (typeof value !== 'string' || value.length > 40) return null;
  const at = new Date(value);
  const ms = at.getTime();
  return Number.isNaN(ms) || ms < EARLIEST || ms > LATEST ? null : at;
}
