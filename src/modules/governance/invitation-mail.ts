// The mail that carries an invitation to its address, written to the outbox in the same
// transaction as the invitation, so a link exists only together with its mail. A person who
// already has an account gets it in their language; an address Trappan does not know gets it
// in Swedish and English. It answers the coordinator's request for this one person, so it is
// not a kind anyone turns off (docs/decisions/0015), and the coordinator still sees the link
// once, to send it another way if the mail does not arrive.
import 'server-only';

import type { MembershipRole } from '@/generated/prisma/enums';
import { dateTimeFormat } from '@/i18n/intl-formats';
import { isLocale, type Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { fill } from '@/i18n/template';
import type { Tx } from '@/server/actions/network-action';
import { publicOrigin } from '@/server/public-origin';

import { invitationPath } from './invitation-token';

export const INVITATION_MAIL_KIND = 'invitation.sent';

type InvitationMail = {
  email: string;
  role: MembershipRole;
  token: string;
  expiresAt: Date;
  networkId: string;
  networkName: string;
  inviterName: string;
  /** The invited person's account, when the address has one. */
  invitee: { id: string; locale: string } | null;
};

function compose(locale: Locale, mail: InvitationMail, origin: string) {
  const messages = getMessages(locale);
  const t = messages.joining;
  const validUntil = dateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Stockholm' }).format(mail.expiresAt);
  return {
    subject: fill(t.invitationMailSubject, { network: mail.networkName }),
    body: fill(t.invitationMailBody, {
      inviter: mail.inviterName,
      network: mail.networkName,
      role: messages.enums.role[mail.role].toLowerCase(),
      url: `${origin}${invitationPath(locale, mail.token)}`,
      validUntil,
      email: mail.email,
    }),
  };
}

export async function enqueueInvitationMail(tx: Tx, mail: InvitationMail): Promise<void> {
  const origin = publicOrigin();
  let message: { subject: string; body: string };
  if (mail.invitee && isLocale(mail.invitee.locale)) {
    message = compose(mail.invitee.locale, mail, origin);
  } else {
    const sv = compose('sv', mail, origin);
    const en = compose('en', mail, origin);
    message = { subject: `${sv.subject} / ${en.subject}`, body: `${sv.body.trimEnd()}\n\n-----\n\n${en.body}` };
  }
  await tx.notification.create({
    data: { userId: mail.invitee?.id ?? null, email: mail.email, kind: INVITATION_MAIL_KIND, networkId: mail.networkId, ...message },
  });
}
