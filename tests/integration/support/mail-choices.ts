// The mail-choices form (My account) as the browser sends it: every kind ticked but the ones
// named, which are turned off. Built from the kernel's list, so a new kind is ticked too.
import { MUTABLE_MAIL_KINDS } from '@/server/mail/mail-kinds';

export const allMailKindsBut = (...off: string[]): Record<string, string> =>
  Object.fromEntries(MUTABLE_MAIL_KINDS.filter((kind) => !off.includes(kind)).map((kind) => [kind, 'on']));
