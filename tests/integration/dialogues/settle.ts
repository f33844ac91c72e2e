// The dialogue actions that change the page around their form answer a success with a redirect
// back to the dialogue page and its confirmation (?done=). For the tests, such an answer reads
// as the success it is, with the confirmation the page then shows.
import { getMessages } from '@/i18n/messages';
import type { FormState } from '@/server/actions/network-action';

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

const sv = getMessages('sv');

export type Settled = FormState & { redirectedTo?: string };

export function settle(action: Action): Action & ((previous: FormState, formData: FormData) => Promise<Settled>) {
  return async (previous, formData) => {
    try {
      return await action(previous, formData);
    } catch (error) {
      const digest = String((error as { digest?: unknown }).digest ?? '');
      if (!digest.startsWith('NEXT_REDIRECT')) throw error;
      const redirectedTo = digest.split(';')[2]!;
      const done = new URL(redirectedTo, 'http://localhost').searchParams.get('done') ?? '';
      const message = done === 'created' ? sv.dialogueForm.created : done === 'saved' ? sv.dialogueForm.saved : ((sv.dialogue as Record<string, unknown>)[done] as string);
      return { status: 'success', message, redirectedTo };
    }
  };
}
