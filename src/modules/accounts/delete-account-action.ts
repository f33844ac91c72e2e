'use server';

// "Delete my account" on My account: the person confirms with their password and a typed word,
// and in one transaction (account-deletion.ts) their place in every network ends and their row
// is anonymised; the networks' minutes, decisions and audit log stay, showing "Tidigare
// användare". The only coordinator of a network is refused until they have handed it over.
// Always the signed-in person's own account: the form names no one, so no one else's can be
// aimed at. Afterwards their sessions are gone and the browser goes to a confirmation page.
import { redirect } from 'next/navigation';
import { z } from 'zod';

import { LOCALES } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { localeOf } from '@/server/actions/form-input';
import { Refusal } from '@/server/actions/network-action';
import { runPersonAction } from '@/server/actions/person-action';
import { verifyPassword } from '@/server/auth/password';
import { PASSWORD_MAX_LENGTH } from '@/server/auth/password-rules';
import type { FormState } from '@/ui/form-state';

import { eraseAccount, lockAccountForDeletion, networksToHandOver, type NetworkToHandOver } from './account-deletion';
import { confirmsDeletion } from './account-deletion-rules';

// The word of either language counts, whichever language the page was in.
const CONFIRM_WORDS = LOCALES.map((locale) => getMessages(locale).myData.confirmWord);

export async function deleteAccountAction(_previous: FormState, formData: FormData): Promise<FormState> {
  let toHandOver: NetworkToHandOver[] = [];
  const result = await runPersonAction(formData, {
    action: 'account.delete',
    schema: (t) =>
      z.object({
        currentPassword: z.string().max(PASSWORD_MAX_LENGTH * 4, t.myAccount.wrongPassword).optional(),
        // Checked in perform, with the password, so an empty form flags both fields at once;
        // a form without the field (or with anything but the word) deletes nothing.
        confirm: z.string().max(100, t.myData.confirmMismatch).optional(),
      }),
    perform: async ({ tx, input, user, t, locale, now }) => {
      // The password first, outside the locks: hashing is slow, and nothing is written yet.
      const account = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true, email: true } });
      const fieldError: Record<string, string> = {};
      if (!confirmsDeletion(input.confirm ?? '', CONFIRM_WORDS)) fieldError.confirm = t.myData.confirmMismatch;
      if (account.passwordHash) {
        const typed = input.currentPassword ?? '';
        if (typed === '') fieldError.currentPassword = t.myAccount.passwordRequired;
        else if (!(await verifyPassword(account.passwordHash, typed))) fieldError.currentPassword = t.myAccount.wrongPassword;
      }
      if (Object.keys(fieldError).length > 0) return { message: '', fieldError };
      // Deleted meanwhile by a request that held the lock before this one.
      if (!(await lockAccountForDeletion(tx, user.id))) throw new Refusal('signedOut');
      // Trappan must keep someone who can confirm people, verify domains and grant roles.
      if (user.platformRole === 'ADMIN' && (await tx.user.count({ where: { platformRole: 'ADMIN', id: { not: user.id }, disabledAt: null, deletedAt: null } })) === 0) {
        throw new Refusal('lastAdmin');
      }
      toHandOver = await networksToHandOver(tx, user.id);
      if (toHandOver.length > 0) throw new Refusal('lastCoordinator');
      const summary = await eraseAccount(tx, { id: user.id, email: account.email }, now);
      return { message: t.myData.deleted, audit: { after: summary }, redirectTo: `/${locale}/me/account/deleted` };
    },
  });
  if (result.status === 'success' && result.redirectTo) redirect(result.redirectTo);
  if (result.status === 'error' && toHandOver.length > 0) {
    const t = getMessages(localeOf(formData));
    return { ...result, message: t.myData.handOverRefused(toHandOver.map((network) => network.name).join(', ')) };
  }
  return result;
}
