// The longest texts the profile's records take: a plain value shared by the forms in the
// browser (their counters) and the server's schema (profile-records-schema.ts), kept apart so
// the browser does not load zod.
export const PROFILE_RECORD_LIMITS = { title: 300, url: 2000, factText: 1000, source: 300 } as const;
