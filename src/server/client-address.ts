// The address a request came from, for per-address rate limits. Next.js fills
// X-Forwarded-For with the socket's address only when the request has none, and a proxy in
// front (nginx's $proxy_add_x_forwarded_for) appends the address it saw. So the entry
// written by the nearest trusted hop is the last one; with more proxies in front,
// TRAPPAN_PROXY_HOPS says how many entries from the end to skip back. A server reached
// directly lets a client send its own header; run production behind a proxy that sets it.
import 'server-only';

import { headers } from 'next/headers';

export function addressFromForwardedFor(value: string | null, hops: number): string {
  const entries = (value ?? '').split(',').map((entry) => entry.trim()).filter(Boolean);
  if (entries.length === 0) return 'unknown';
  return entries[Math.max(0, entries.length - Math.max(1, hops))] ?? 'unknown';
}

export async function clientAddress(): Promise<string> {
  const hops = Number.parseInt(process.env.TRAPPAN_PROXY_HOPS ?? '1', 10);
  return addressFromForwardedFor((await headers()).get('x-forwarded-for'), Number.isFinite(hops) ? hops : 1);
}
