// The kinds of mail a person may turn off (Notification.kind), kept in the kernel because the
// sender needs them: a message of one of these kinds is not sent when the person has turned it
// off (deliver-outbox.ts), and it leaves with a signed link to turn it off (outgoing-mail.ts).
// Mails about the person's own account (confirm the address, a new password) answer their own
// request and are always sent, without such a link (docs/decisions/0015).
export const MUTABLE_MAIL_KINDS = [
  'agenda.published',
  'round.opened',
  'minutes.toAdjust',
  'joinRequest.decided',
  'need.handedOver',
  'dialogue.answerPublished',
  'dialogue.updated',
  'dialogue.published',
] as const;

export type MutableMailKind = (typeof MUTABLE_MAIL_KINDS)[number];

export function isMutableMailKind(kind: unknown): kind is MutableMailKind {
  return typeof kind === 'string' && (MUTABLE_MAIL_KINDS as readonly string[]).includes(kind);
}
