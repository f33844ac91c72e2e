// The request id: one per request, taken from the proxy in front (X-Request-Id) when it sent a
// usable one, so that its log and Trappan's can be joined, and made here otherwise. It goes
// back on the answer, into the access log, into logged errors and into audit events.
import { randomUUID } from 'node:crypto';

export const REQUEST_ID_HEADER = 'x-request-id';

/** Long enough for a UUID, a trace id or nginx's $request_id; short enough to keep lines small. */
export const REQUEST_ID_MAX_LENGTH = 128;

// Letters, digits and a few separators: nothing that could break a log line or a header.
const SAFE = /^[A-Za-z0-9._:=+\/-]+$/;

/** Whether an incoming request id may be used as it is. */
export function isValidRequestId(value) {
  return typeof value === 'string' && value.length > 0 && value.length <= REQUEST_ID_MAX_LENGTH && SAFE.test(value);
}

/**
 * The id of this request: the incoming header's value when valid, otherwise a new UUID. A
 * header sent twice arrives joined by ", " and so is not valid: a new id, not a guess.
 * @param {string | string[] | undefined} incoming
 */
export function requestIdFor(incoming) {
  return isValidRequestId(incoming) ? /** @type {string} */ (incoming) : randomUUID();
}
