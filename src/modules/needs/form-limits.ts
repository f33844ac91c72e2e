// The longest texts the business-case, round and handover forms take: shared by the server's
// schemas (actions/) and the counters under the fields, kept apart so the browser does not
// load zod.
export const ROUND_LIMITS = { title: 200 } as const;
export const VALUE_OFFER_LIMITS = { volumeUnit: 60 } as const;
export const COMMITMENT_LIMITS = { costBasis: 500, conditions: 2000 } as const;
export const HANDOVER_LIMITS = { note: 2000, documentTitle: 200, documentUrl: 2000 } as const;
