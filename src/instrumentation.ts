// Runs once when the server starts: configuration that would publish or delete wrong data
// stops the server (a mistyped OCDS prefix, a retention period that is no period), and the
// outbox worker delivers mail from inside the server process (src/server/mail/outbox-worker.ts).
// Not during the build, and not in the edge runtime.
import type { Instrumentation } from 'next';

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { exitOnInvalidOpenDataConfiguration } = await import('@/modules/open-data/check-configuration');
  exitOnInvalidOpenDataConfiguration();
  const { exitOnInvalidRetentionConfiguration } = await import('@/server/retention');
  exitOnInvalidRetentionConfiguration();
  const { startOutboxWorker } = await import('@/server/mail/outbox-worker');
  startOutboxWorker();
  // Other instances' changes clear this one's cached public figures (several instances on PostgreSQL).
  const { startChangeListener } = await import('@/server/change-notices');
  startChangeListener();
}

/** Every error Next meets while answering goes to the structured log with its request id. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { logRequestError } = await import('@/server/log');
  logRequestError(error, request, context);
};
