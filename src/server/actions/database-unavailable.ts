// An action whose database does not answer (docs/decisions/0027) answers the form with "try
// again in a moment" and what was typed, instead of failing the request: with JavaScript the
// person would otherwise meet the error page and lose the form. It does not claim that nothing
// was saved: a commit whose answer never came may have happened. Creating forms carry a
// submission key, so sending them again does not create twice.
import 'server-only';

import { unstable_rethrow } from 'next/navigation';

import { getMessages } from '@/i18n/messages';
import { isDatabaseUnavailable } from '@/server/db/unavailable';
import { logDatabaseUnavailable } from '@/server/log';
import type { FormState } from '@/ui/form-state';

import { localeOf, typedValues } from './form-input';

export async function answeringWhenDatabaseFails<T>(formData: FormData, name: string, run: () => Promise<T>): Promise<T | FormState> {
  try {
    return await run();
  } catch (error) {
    // Next's redirects and "not found" travel as thrown errors.
    unstable_rethrow(error);
    if (!isDatabaseUnavailable(error)) throw error;
    await logDatabaseUnavailable(`action ${name}`, error);
    return { status: 'error', message: getMessages(localeOf(formData)).actions.databaseUnavailable, values: typedValues(formData) };
  }
}
