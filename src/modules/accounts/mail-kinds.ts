// The kinds of mail a person may turn off (Notification.kind). The sender needs the list too,
// so it lives in the kernel (src/server/mail/mail-kinds.ts); My account and the unsubscribe
// page read it from here. Mails about the person's own account answer their own request and
// are always sent (src/modules/accounts/account-mail.ts).
export { isMutableMailKind, MUTABLE_MAIL_KINDS, type MutableMailKind } from '@/server/mail/mail-kinds';
