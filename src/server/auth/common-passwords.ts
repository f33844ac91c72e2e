// The commonly used passwords a new password is checked against: the 49 000-word list that
// zxcvbn-ts keeps (@zxcvbn-ts/language-common), compared without case. Server only: the
// list is 400 KB and never goes to a browser.
import 'server-only';

import { dictionary } from '@zxcvbn-ts/language-common';

let common: Set<string> | undefined;

export function isCommonPassword(password: string): boolean {
  common ??= new Set((dictionary['passwords-common'] as string[]).map((word) => word.toLowerCase()));
  const lower = password.toLowerCase();
  // "sommar2024sommar2024" is as weak as its half.
  const half = lower.length % 2 === 0 && lower.slice(0, lower.length / 2) === lower.slice(lower.length / 2) ? lower.slice(0, lower.length / 2) : null;
  return common.has(lower) || (half !== null && common.has(half));
}
