// The mails about a person's own account (confirm the address, someone used your address,
// a new password), in the person's language, written to the outbox in the same transaction
// as the token they carry. The outbox worker sends them (src/server/mail).
import 'server-only';

import { getMessages } from '@/i18n/messages';
import { isLocale } from '@/i18n/locales';
import { fill } from '@/i18n/template';
import type { Tx } from '@/server/actions/network-action';
import { publicOrigin } from '@/server/public-origin';

type Recipient = { id: string; name: string; email: string; locale: string };

export type AccountMail = { kind: 'verify'; user: Recipient; secret: string } | { kind: 'reset'; user: Recipient; secret: string } | { kind: 'exists'; user: Recipient };

/** The outbox kinds of account mails: never muted, since they answer the person's own request. */
export const ACCOUNT_MAIL_KINDS = ['account.verifyEmail', 'account.resetPassword', 'account.signUpExists'] as const;

export async function enqueueAccountMail(tx: Tx, mail: AccountMail): Promise<void> {
  const locale = isLocale(mail.user.locale) ? mail.user.locale : 'sv';
  const t = getMessages(locale).accountMail;
  const origin = publicOrigin();
  const base = { userId: mail.user.id, email: mail.user.email, name: mail.user.name };
  let message: { subject: string; body: string; kind: string };
  switch (mail.kind) {
    case 'verify':
      message = {
        kind: 'account.verifyEmail',
        subject: t.verifySubject,
        body: fill(t.verifyBody, { ...base, url: `${origin}/${locale}/verify-email?token=${mail.secret}` }),
      };
      break;
    case 'reset':
      message = {
        kind: 'account.resetPassword',
        subject: t.resetSubject,
        body: fill(t.resetBody, { ...base, url: `${origin}/${locale}/reset-password?token=${mail.secret}` }),
      };
      break;
    case 'exists':
      message = {
        kind: 'account.signUpExists',
        subject: t.existsSubject,
        body: fill(t.existsBody, { ...base, signInUrl: `${origin}/${locale}/sign-in`, resetUrl: `${origin}/${locale}/reset-password` }),
      };
      break;
  }
  await tx.notification.create({ data: { userId: mail.user.id, email: mail.user.email, ...message } });
}
