// Actions that create something answer a success with a redirect to what they created and its
// confirmation (?done=…#notice; src/server/actions/after-success.ts). For the tests, such an
// answer reads as the success it is, with the address the browser is sent to.
import type { FormState } from '@/server/actions/network-action';

type Action = (previous: FormState, formData: FormData) => Promise<FormState>;

export type Redirected = FormState & { redirectedTo?: string };

export function redirected(action: Action): (previous: FormState, formData: FormData) => Promise<Redirected> {
  return async (previous, formData) => {
    try {
      return await action(previous, formData);
    } catch (error) {
      const digest = String((error as { digest?: unknown }).digest ?? '');
      if (!digest.startsWith('NEXT_REDIRECT')) throw error;
      return { status: 'success', redirectedTo: digest.split(';')[2]! };
    }
  };
}

/** The id in the last path segment of a redirect's address. */
export const createdId = (result: Redirected) => new URL(result.redirectedTo!, 'http://localhost').pathname.split('/').pop()!;
