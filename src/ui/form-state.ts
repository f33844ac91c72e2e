// What a form shows after its server action answered: the contract between every domain's
// actions (src/server/actions/network-action.ts, server-only) and their client components,
// kept here so client components can use the state and its start value.

/** What a form shows after an action: a confirmation, or errors next to the fields it kept. */
export type FormState = {
  status: 'idle' | 'success' | 'error';
  message?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
  /** Shown once after success, e.g. an invitation link to copy. */
  detail?: string;
};

/** The state before the form was sent. */
export const IDLE: FormState = { status: 'idle' };
