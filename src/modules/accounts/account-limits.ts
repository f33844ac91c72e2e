// How long a person's name and job title and an organisation's name may be: one source for the
// server's schemas, the counters under the fields and the admin's organisation form.
export const ACCOUNT_LIMITS = { personName: 200, jobTitle: 200, organizationName: 200 } as const;
