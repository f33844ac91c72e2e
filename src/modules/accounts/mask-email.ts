// An address shown to whoever holds a link, not only to its owner (the unsubscribe page works
// signed out): enough to recognise it, not enough to read it off.
/** "anna.ek@malmo.se" → "a…k@malmo.se"; the domain stays whole. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '…';
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  const [first] = Array.from(local);
  const last = Array.from(local).at(-1);
  return `${first}…${local.length > 2 ? last : ''}@${domain}`;
}
