// After an action that changes the dialogue page around its own form, the browser goes back to
// the page with the confirmation at its top (?done=), so the confirmation is not lost with the
// form, and it works the same without JavaScript. The action's outcome names the dialogue in
// `detail`; an error stays with the form, with what was typed.
import 'server-only';

import { redirect } from 'next/navigation';

import type { Locale } from '@/i18n/locales';
import type { FormState } from '@/server/actions/network-action';

import type { DoneNotice } from '../dialogue-fields';
import { dialogueDonePath } from '../dialogue-paths';

export function showOnPage(result: FormState, locale: Locale, done: DoneNotice): FormState {
  if (result.status === 'success' && result.detail) redirect(dialogueDonePath(locale, result.detail, done));
  return result;
}
