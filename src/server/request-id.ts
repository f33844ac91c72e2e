// The id of the request being answered, for audit events and logged errors. The custom server
// (scripts/lib/observe-request.mjs) puts a checked id in the X-Request-Id request header of
// every request; a request header rather than AsyncLocalStorage, because Next hands it to server
// components, server actions and route handlers alike through next/headers, without depending
// on Next's rendering keeping the custom server's async context.
import 'server-only';

import { headers } from 'next/headers';

import { isValidRequestId, REQUEST_ID_HEADER } from '../../scripts/lib/request-id.mjs';

/** The request's id; null outside a request (the outbox worker, a script) or without a usable header (`next dev`). */
export async function currentRequestId(): Promise<string | null> {
  let value: string | null;
  try {
    value = (await headers()).get(REQUEST_ID_HEADER);
  } catch {
    // headers() throws outside a request.
    return null;
  }
  return isValidRequestId(value) ? value : null;
}
