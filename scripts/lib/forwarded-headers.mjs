// Which host and scheme the app believes a request was sent to. Next.js and Auth.js build
// absolute addresses (the redirect after sign-in, the server action's origin check) from
// X-Forwarded-Host and X-Forwarded-Proto, and a server reached directly takes those from the
// client: "X-Forwarded-Host: evil.example" made the sign-in redirect there. When the site's
// public address is configured (AUTH_URL, else TRAPPAN_PUBLIC_URL), serve.mjs overwrites both
// headers with it on every request, so no client can choose them; nginx in front does the same
// (deploy/nginx/trappan.conf), and the two agree. Without a configured address (a developer's
// or a demo's own machine) the headers are left as they come.

/**
 * The configured public address's host and scheme, or null.
 * @param {Record<string, string | undefined>} env
 * @returns {{ host: string, proto: 'http' | 'https' } | null}
 */
export function configuredPublicAddress(env = process.env) {
  const configured = env.AUTH_URL?.trim() || env.TRAPPAN_PUBLIC_URL?.trim();
  if (!configured) return null;
  let url;
  try {
    url = new URL(configured);
  } catch {
    throw new Error(`AUTH_URL or TRAPPAN_PUBLIC_URL is not an address: ${configured}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`The public address must start with http:// or https://: ${configured}`);
  return { host: url.host, proto: url.protocol === 'https:' ? 'https' : 'http' };
}

/**
 * Sets the request's forwarded host and scheme to the public address (in place, before the
 * request guard and Next read them). Nothing when no address is configured.
 * @param {{ headers: Record<string, string | string[] | undefined> }} request
 * @param {{ host: string, proto: string } | null} address
 */
export function pinForwardedHeaders(request, address) {
  if (!address) return;
  request.headers['x-forwarded-host'] = address.host;
  request.headers['x-forwarded-proto'] = address.proto;
}
