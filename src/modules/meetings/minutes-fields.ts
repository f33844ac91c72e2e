// The longest texts the minutes take: shared by the server's schemas (actions/minutes-actions.ts)
// and the counters under the fields, kept apart so the browser does not load zod.
export const MINUTES_LIMITS = { text: 10_000, motion: 2_000 } as const;
