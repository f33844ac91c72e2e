// The dialogue actions that change the page around their form answer a success with a redirect
// back to the dialogue page and its confirmation (?done=). For the tests, such an answer reads
// as the success it is, with the confirmation the page then shows.
import { getMessages } from '@/i18n/messages';
import type { FormState } from '@/server/actions/network-action';

import { redirected, type Redirected } from '../support/redirected';

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

const sv = getMessages('sv');

export type Settled = Redirected;

/** Like redirected(), with the confirmation the dialogue page shows for the redirect's ?done=. */
export function settle(action: Action): Action & ((previous: FormState, formData: FormData) => Promise<Settled>) {
  const run = redirected(action);
  return async (previous, formData) => {
    const result = await run(previous, formData);
    if (!result.redirectedTo) return result;
    const done = new URL(result.redirectedTo, 'http://localhost').searchParams.get('done') ?? '';
    const message = done === 'created' ? sv.dialogueForm.created : done === 'saved' ? sv.dialogueForm.saved : ((sv.dialogue as Record<string, unknown>)[done] as string);
    return { ...result, message };
  };
}
