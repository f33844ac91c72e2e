// The app's side of Trappan's structured log (scripts/lib/log.mjs): one JSON line per event on
// stdout, secrets redacted, each line of a request carrying its request id.
import 'server-only';

import type { Instrumentation } from 'next';

import { logger } from '../../scripts/lib/log.mjs';
import { isValidRequestId, REQUEST_ID_HEADER } from '../../scripts/lib/request-id.mjs';
import { pathOf } from '../../scripts/lib/route-pattern.mjs';

import { currentRequestId } from './request-id';

export { logger };

/** Logs that the database did not answer (a warning: the person was told to try again), with the request's id. */
export async function logDatabaseUnavailable(where: string, error: unknown, fields: Record<string, unknown> = {}): Promise<void> {
  logger().warn({ ...fields, requestId: await currentRequestId(), reason: error instanceof Error ? error.message : String(error) }, `${where}: the database did not answer`);
}

/** Logs an error the code caught and answered for ("something went wrong"), with the request's id. */
export async function logUnexpected(message: string, error: unknown, fields: Record<string, unknown> = {}): Promise<void> {
  logger().error({ ...fields, requestId: await currentRequestId(), err: error }, message);
}

type RequestErrorArgs = Parameters<Instrumentation.onRequestError>;

/**
 * The log entry of an error Next met while answering (src/instrumentation.ts): which request,
 * which route, and the error; never the request's headers (cookies) or its query.
 */
export function requestErrorEntry(error: unknown, request: RequestErrorArgs[1], context: RequestErrorArgs[2]): Record<string, unknown> {
  const id = request.headers[REQUEST_ID_HEADER];
  return {
    requestId: isValidRequestId(id) ? id : null,
    method: request.method,
    path: pathOf(request.path),
    route: context.routePath,
    routeType: context.routeType,
    // What the visitor's error page shows, to find this line from a report.
    digest: typeof error === 'object' && error !== null && 'digest' in error ? String(error.digest) : undefined,
    err: error,
  };
}

export function logRequestError(...[error, request, context]: RequestErrorArgs): void {
  logger().error(requestErrorEntry(error, request, context), 'request failed');
}
