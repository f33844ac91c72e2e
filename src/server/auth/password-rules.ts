// What a password must be (docs/decisions/0014): at least 12 characters, at most 128 (long
// passphrases welcome, but a 50 MB "password" is not hashed), not among the commonly used
// passwords, and never trimmed: spaces count. Pure, so the sign-up form can use the lengths.
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordProblem = 'tooShort' | 'tooLong' | 'common' | 'containsEmail';

/** Length is counted in characters as a person sees them, not UTF-16 units. */
export function passwordLength(password: string): number {
  return [...password].length;
}

export function passwordProblem(password: string, { isCommon, email }: { isCommon: (password: string) => boolean; email?: string }): PasswordProblem | null {
  const length = passwordLength(password);
  if (length < PASSWORD_MIN_LENGTH) return 'tooShort';
  if (length > PASSWORD_MAX_LENGTH) return 'tooLong';
  if (isCommon(password)) return 'common';
  const localPart = email?.split('@')[0]?.toLowerCase();
  if (localPart && localPart.length >= 4 && password.toLowerCase().includes(localPart)) return 'containsEmail';
  return null;
}
