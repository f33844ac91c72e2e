// When a mail that failed is tried again, and when the outbox gives up on it. A failure is
// often passing (the mail server restarts, a greylisting 451), so a message waits a minute,
// then two, four, eight …, never more than six hours, and after TRAPPAN_OUTBOX_MAX_ATTEMPTS
// tries (5 by default) it is marked FAILED for an admin to see. Pure, so the schedule is
// unit-tested; deliver-outbox.ts applies it.

type Env = Record<string, string | undefined>;

export type RetryPolicy = {
  /** Tries in all, the first one included; after the last failed one the message is FAILED. */
  maxAttempts: number;
  /** The wait after the first failure; it doubles with each further one. */
  baseDelayMs: number;
  /** The longest wait between two tries. */
  maxDelayMs: number;
};

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 5, baseDelayMs: 60_000, maxDelayMs: 6 * 60 * 60 * 1000 };

/** The longest error text kept: enough for an SMTP answer, not a whole stack. */
const MAX_ERROR_LENGTH = 500;

function positiveInt(value: string | undefined): number | null {
  const parsed = Number.parseInt(value?.trim() ?? '', 10);
  return Number.isFinite(parsed) && parsed > 0 ? parsed : null;
}

/** TRAPPAN_OUTBOX_MAX_ATTEMPTS and TRAPPAN_OUTBOX_RETRY_BASE_MS, else the defaults. */
export function retryPolicy(env: Env = process.env): RetryPolicy {
  return {
    maxAttempts: positiveInt(env.TRAPPAN_OUTBOX_MAX_ATTEMPTS) ?? DEFAULT_RETRY_POLICY.maxAttempts,
    baseDelayMs: positiveInt(env.TRAPPAN_OUTBOX_RETRY_BASE_MS) ?? DEFAULT_RETRY_POLICY.baseDelayMs,
    maxDelayMs: DEFAULT_RETRY_POLICY.maxDelayMs,
  };
}

/** The wait after the `attempts`-th failed try (1 = the first). */
export function retryDelayMs(attempts: number, policy: RetryPolicy): number {
  const doublings = Math.max(0, attempts - 1);
  // 2 ** 40 and beyond would overflow nothing, but the cap is reached long before.
  return Math.min(policy.baseDelayMs * 2 ** Math.min(doublings, 40), policy.maxDelayMs);
}

export type AfterFailure = { status: 'PENDING'; nextAttemptAt: Date } | { status: 'FAILED'; nextAttemptAt: null };

/** What a message becomes once its `attempts`-th try failed at `now`. */
export function afterFailure(attempts: number, now: Date, policy: RetryPolicy): AfterFailure {
  if (attempts >= policy.maxAttempts) return { status: 'FAILED', nextAttemptAt: null };
  return { status: 'PENDING', nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts, policy)) };
}

/**
 * An error as the admin may read it: one line, shortened, with the password of any address
 * (smtp://user:password@host) and any AUTH/PLAIN credentials an SMTP dialogue echoes taken out.
 */
export function describeSendError(error: unknown): string {
  const text = error instanceof Error ? error.message : typeof error === 'string' ? error : 'Unknown error';
  const cleaned = text
    .replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@]+@/gi, '$1***@')
    .replace(/\b(AUTH\s+(?:PLAIN|LOGIN|XOAUTH2|CRAM-MD5))\s+\S+/gi, '$1 ***')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned.length > MAX_ERROR_LENGTH ? `${cleaned.slice(0, MAX_ERROR_LENGTH - 1)}…` : cleaned || 'Unknown error';
}
