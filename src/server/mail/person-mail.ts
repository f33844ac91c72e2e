// A notification to one person, in their own language (the one they chose for mails and
// pages), written to the outbox by the action that caused it, in the same transaction, so
// the mail exists if and only if the change was saved. Whether it is sent follows the
// person's mail choices (deliver-outbox.ts), and it leaves with a link to turn its kind off
// (outgoing-mail.ts).
import 'server-only';

import { isLocale, type Locale } from '@/i18n/locales';
import { getMessages, type Messages } from '@/i18n/messages';
import type { Tx } from '@/server/actions/network-action';
import { publicOrigin } from '@/server/public-origin';

import type { MutableMailKind } from './mail-kinds';

export type MailRecipient = { id: string; name: string; email: string; locale: string };

type Composed = { subject: string; body: string };

/**
 * Writes one mail per recipient, each composed in the recipient's language with the
 * absolute origin for links. Recipients are de-duplicated by id.
 */
export async function enqueuePersonalMails(
  tx: Tx,
  input: {
    kind: MutableMailKind;
    networkId: string;
    meetingId?: string;
    recipients: readonly MailRecipient[];
    compose: (t: Messages, locale: Locale, origin: string, recipient: MailRecipient) => Composed;
  },
): Promise<number> {
  const origin = publicOrigin();
  const recipients = [...new Map(input.recipients.map((person) => [person.id, person])).values()];
  if (recipients.length === 0) return 0;
  await tx.notification.createMany({
    data: recipients.map((person) => {
      const locale: Locale = isLocale(person.locale) ? person.locale : 'sv';
      return {
        ...input.compose(getMessages(locale), locale, origin, person),
        userId: person.id,
        email: person.email,
        kind: input.kind,
        networkId: input.networkId,
        meetingId: input.meetingId ?? null,
      };
    }),
  });
  return recipients.length;
}
