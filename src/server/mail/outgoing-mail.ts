// What an outbox message looks like when it leaves. The one place that adds the unsubscribe
// link: a message of a kind the person may turn off gets a footer with a signed link, in
// Swedish and English (docs/decisions/0009), and the List-Unsubscribe headers of RFC 8058.
// It is added when the message is sent, not when the row is written, so no action that
// notifies has to remember it. The sender (deliver-outbox.ts) and the demo mailbox use it, so
// what the demo shows is what would be sent. Account mails are always sent and get no link.
import type { SendMailOptions } from 'nodemailer';

import { getMessages } from '@/i18n/messages';
import { fill } from '@/i18n/template';
import { publicOrigin } from '@/server/public-origin';

import { isMutableMailKind } from './mail-kinds';
import { oneClickUnsubscribeUrl, signUnsubscribeToken, unsubscribePageUrl, unsubscribeSecret } from './unsubscribe-link';

/** Where links point and what signs them; the secret is null when AUTH_SECRET is not set. */
export type MailLinks = { origin: string; secret: string | null };

export function mailLinks(env: Record<string, string | undefined> = process.env): MailLinks {
  return { origin: publicOrigin(env), secret: unsubscribeSecret(env) };
}

/** The fields of a Notification row that decide what leaves. */
export type OutboxMessage = { userId: string | null; kind: string; body: string };

export type ComposedMail = {
  /** The body as sent. */
  text: string;
  /** The links to turn the kind off, when the message has them. */
  unsubscribe: { page: { sv: string; en: string }; oneClick: string } | null;
  /** True when the message should have carried a link but no secret was there to sign it. */
  unsigned: boolean;
};

/** The text a message is sent with: its body, and the unsubscribe footer for a kind the person may turn off. */
export function composeMail(message: OutboxMessage, links: MailLinks): ComposedMail {
  // A message to an address without a person (none are written today) has nobody to mute.
  if (!message.userId || !isMutableMailKind(message.kind)) return { text: message.body, unsubscribe: null, unsigned: false };
  if (!links.secret) return { text: message.body, unsubscribe: null, unsigned: true };
  const token = signUnsubscribeToken({ userId: message.userId, kind: message.kind }, links.secret);
  const page = { sv: unsubscribePageUrl(links.origin, 'sv', token), en: unsubscribePageUrl(links.origin, 'en', token) };
  const footer = [fill(getMessages('sv').unsubscribe.mailFooter, { url: page.sv }), fill(getMessages('en').unsubscribe.mailFooter, { url: page.en })];
  // "-- " on a line of its own is the signature separator mail programs recognise.
  return { text: `${message.body.trimEnd()}\n\n-- \n${footer.join('\n')}\n`, unsubscribe: { page, oneClick: oneClickUnsubscribeUrl(links.origin, token) }, unsigned: false };
}

/** The nodemailer fields of the composed message: its text and, with a link, the one-click headers. */
export function mailOptions(composed: ComposedMail): Pick<SendMailOptions, 'text' | 'list' | 'headers'> {
  if (!composed.unsubscribe) return { text: composed.text };
  return {
    text: composed.text,
    // nodemailer writes List-Unsubscribe: <url>; the POST header says a POST to it is enough (RFC 8058).
    list: { unsubscribe: composed.unsubscribe.oneClick },
    headers: { 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
