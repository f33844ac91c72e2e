// The agenda item form's fields and kinds: plain values shared by the form in the browser and the
// server's schema (agenda-rules.ts), kept apart so the browser does not load zod.
export const AGENDA_ITEM_KINDS = ['INFORMATION', 'DISCUSSION', 'DECISION'] as const;

export type AgendaItemKindCode = (typeof AGENDA_ITEM_KINDS)[number];

/** The item form's fields in the order they appear. */
export const AGENDA_ITEM_FIELDS = ['title', 'kind', 'presenter', 'plannedMinutes', 'description', 'links'] as const;

export type AgendaItemField = (typeof AGENDA_ITEM_FIELDS)[number];

/** The longest texts the server takes (agenda-rules.ts); the form counts against the same. */
export const AGENDA_ITEM_LIMITS = { title: 200, presenter: 120, description: 4000 } as const;
