// How long Trappan keeps what it need not keep for ever (docs/decisions/0031-retention.md):
// the audit log, the outbox's copies of mail, the sign-in and rate-limit counters, and the
// details of ended memberships. Each period comes from the environment with a default; a value
// that is set but wrong stops the server at start (src/instrumentation.ts) and the purge
// script, because the purge acts on it within the hour and what it deletes cannot come back.
import { z } from 'zod';

type Env = Record<string, string | undefined>;

/** A period in whole units; null keeps the rows for ever. */
export type RetentionPeriods = {
  /** Audit events, in years after they were written. */
  auditYears: number | null;
  /** Sent, muted and failed mail in the outbox, in days after it was sent (or written, if never sent). */
  mailDays: number;
  /** Sign-in throttle rows and rate-limit windows, in hours after their last use. */
  throttleHours: number;
  /** The details of an ended membership (why and by whom it ended, competence, listing), in days after it ended. */
  endedMembershipDays: number | null;
};

export const RETENTION_DEFAULTS: RetentionPeriods = {
  // Ten years: the general limitation period for claims (preskriptionslagen 1981:130), so the
  // evidence of who decided what outlives the time anyone can act on a decision.
  auditYears: 10,
  // A quarter: long enough to answer "did the invitation reach me?", short enough not to keep
  // everyone's mail.
  mailDays: 90,
  throttleHours: 24,
  endedMembershipDays: 730,
};

/** The environment variable of each period. */
export const RETENTION_VARIABLES = {
  auditYears: 'TRAPPAN_RETAIN_AUDIT_YEARS',
  mailDays: 'TRAPPAN_RETAIN_MAIL_DAYS',
  throttleHours: 'TRAPPAN_RETAIN_THROTTLE_HOURS',
  endedMembershipDays: 'TRAPPAN_RETAIN_ENDED_MEMBERSHIP_DAYS',
} as const satisfies Record<keyof RetentionPeriods, string>;

const wholeNumber = (min: number, max: number, why: string) =>
  z
    .string()
    .regex(/^\d+$/, 'is not a whole number')
    .transform(Number)
    .pipe(z.number().min(min, `is below ${min}: ${why}`).max(max, `is above ${max}`));

/** The rule of each period: its bounds, and whether "never" (keep for ever) is allowed. */
const RULES = {
  // Under a year the log could not answer for last year's decisions.
  auditYears: { schema: wholeNumber(1, 100, 'the log must cover at least the year before'), allowsNever: true },
  mailDays: { schema: wholeNumber(1, 3650, 'at least a day, so that an admin can see a failed mail'), allowsNever: false },
  // The longest rate-limit window is an hour: a shorter period would forgive counts early.
  throttleHours: { schema: wholeNumber(1, 8760, 'the longest rate-limit window is an hour'), allowsNever: false },
  endedMembershipDays: { schema: wholeNumber(1, 36500, 'at least a day'), allowsNever: true },
} satisfies Record<keyof RetentionPeriods, { schema: z.ZodType<number, string>; allowsNever: boolean }>;

/** The configured periods; throws one message naming every wrong variable. */
export function readRetentionPeriods(env: Env = process.env): RetentionPeriods {
  const periods = { ...RETENTION_DEFAULTS };
  const problems: string[] = [];
  for (const key of Object.keys(RULES) as Array<keyof RetentionPeriods>) {
    const name = RETENTION_VARIABLES[key];
    const value = env[name]?.trim();
    if (!value) continue;
    if (value === 'never' && RULES[key].allowsNever) {
      Object.assign(periods, { [key]: null });
      continue;
    }
    const parsed = RULES[key].schema.safeParse(value);
    if (parsed.success) Object.assign(periods, { [key]: parsed.data });
    else problems.push(`${name}="${value.slice(0, 20)}" ${parsed.error.issues[0]?.message ?? 'is not valid'}`);
  }
  if (problems.length > 0) {
    throw new Error(
      `${problems.join('; ')}. Periods are whole numbers (audit years, mail days, throttle hours, ended-membership days; "never" keeps the audit log or ended memberships for ever); unset a variable for its default (docs/decisions/0031-retention.md).`,
    );
  }
  return periods;
}

/** Run by src/instrumentation.ts: a wrong period ends the process before the first purge. */
export function exitOnInvalidRetentionConfiguration(env: Env = process.env): void {
  try {
    readRetentionPeriods(env);
  } catch (error) {
    console.error(`Trappan did not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
