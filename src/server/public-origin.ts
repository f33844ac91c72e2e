// Where people reach this Trappan, for the links in the mails it sends: an outbox message is
// read outside the request that wrote it, so the link must carry the site's own address.
/** The portal's public address for links in messages (TRAPPAN_PUBLIC_URL, else AUTH_URL). */
export function publicOrigin(env: Record<string, string | undefined> = process.env): string {
  const configured = env.TRAPPAN_PUBLIC_URL?.trim() || env.AUTH_URL?.trim() || 'http://localhost:3000';
  return configured.replace(/\/+$/, '');
}
