// The kinds of mail a person may turn off (Notification.kind). Mails about the person's own
// account answer their own request and are always sent (src/modules/accounts/account-mail.ts).
export const MUTABLE_MAIL_KINDS = ['agenda.published', 'need.handedOver'] as const;

export type MutableMailKind = (typeof MUTABLE_MAIL_KINDS)[number];
