// After an action that creates something (a need, a meeting, a prioritisation round, a
// handover), the browser goes to what was created, with the confirmation at its top (?done=…
// and #notice), instead of staying on a form that would invite a second submit. It works the
// same without JavaScript. The action's outcome names the page to go to in `detail`; an error
// stays with the form, with what was typed. (Market dialogues do the same with their own paths,
// src/modules/dialogues/actions/after-success.ts.)
import 'server-only';

import { redirect } from 'next/navigation';

import type { FormState } from './network-action';

/** The address of a page with the confirmation `done` shown (and focused) at its top. */
export function donePath(path: string, done: string): string {
  return `${path}?done=${encodeURIComponent(done)}#notice`;
}

/** On success, goes to the page the action named in `detail` (a donePath); otherwise returns the form's state. */
export function goToCreated(result: FormState): FormState {
  if (result.status === 'success' && result.detail) redirect(result.detail);
  return result;
}
