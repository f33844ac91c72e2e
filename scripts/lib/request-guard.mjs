// The checks every request passes before Next.js sees it (scripts/serve.mjs). Next answers each
// of these with 500 on its own: a path it cannot decode, a NUL byte (PostgreSQL refuses it in
// any text value, so a search or a slug with one fails its query), a page or action post that
// is too large or comes from another site, and its image optimiser, which Trappan does not use
// and which would fetch any path of the app on a visitor's behalf.

// Next's own limit for a server action's body (serverActions.bodySizeLimit, 1 MB by default):
// a post over it is refused here with 413 before Next reads it.
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Why a request must not reach Next, or null when it may.
 * @param {{ method?: string, url?: string, headers: Record<string, string | string[] | undefined> }} request
 * @returns {{ status: 400 | 403 | 404 | 413, reason: 'encoding' | 'nul' | 'cross-origin' | 'too-large' | 'no-image-optimiser' } | null}
 */
export function refuseRequest({ method = 'GET', url = '/', headers }) {
  const queryAt = url.indexOf('?');
  const path = queryAt === -1 ? url : url.slice(0, queryAt);
  if (/%00/.test(url) || url.includes('\0')) return { status: 400, reason: 'nul' };
  if (!decodes(path)) return { status: 400, reason: 'encoding' };
  if (path === '/_next/image') return { status: 404, reason: 'no-image-optimiser' };

  // Pages and their server actions (with JavaScript a `Next-Action` header, without it a form
  // post): the API's own handlers (sign-in callbacks among them) decide for themselves.
  if (UNSAFE_METHODS.has(method.toUpperCase()) && !path.startsWith('/api/')) {
    const origin = header(headers, 'origin');
    if (origin !== undefined && !sameHost(origin, header(headers, 'x-forwarded-host') ?? header(headers, 'host'))) {
      return { status: 403, reason: 'cross-origin' };
    }
    const length = Number(header(headers, 'content-length'));
    if (Number.isFinite(length) && length > ACTION_BODY_LIMIT_BYTES) return { status: 413, reason: 'too-large' };
  }
  return null;
}

function header(headers, name) {
  const value = headers[name];
  const first = Array.isArray(value) ? value[0] : value;
  // A proxy may have appended its own value to a list ("a, b"): the first is the client's.
  return first === undefined ? undefined : first.split(',')[0].trim();
}

function decodes(path) {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

function sameHost(origin, host) {
  if (!host) return false;
  try {
    return new URL(origin).host === host.toLowerCase();
  } catch {
    // "null" (a sandboxed page or a file) and anything else that is no origin.
    return false;
  }
}

const PAGES = {
  400: { sv: ['Felaktig adress', 'Adressen innehåller tecken som inte kan läsas. Kontrollera länken och försök igen.'], en: ['Bad address', 'The address contains characters that cannot be read. Check the link and try again.'] },
  403: { sv: ['Otillåten begäran', 'Formuläret skickades från en annan webbplats och togs inte emot. Öppna sidan i Trappan och skicka igen.'], en: ['Request refused', 'The form was sent from another site and was not accepted. Open the page in Trappan and send it again.'] },
  404: { sv: ['Sidan finns inte', 'Det finns ingen sida på den här adressen.'], en: ['Page not found', 'There is no page at this address.'] },
  // The request deadline's answer (request-deadline.mjs): the database or something else did not answer in time.
  503: { sv: ['Trappan svarar inte just nu', 'Sidan kunde inte visas i tid. Försök igen om en stund.'], en: ['Trappan is not answering right now', 'The page could not be shown in time. Please try again in a moment.'] },
  413: { sv: ['För mycket data', 'Det du skickade är större än 1 MB och togs inte emot. Korta texten och försök igen.'], en: ['Too much data', 'What you sent is larger than 1 MB and was not accepted. Shorten the text and try again.'] },
};

/** A small page in both languages: the guard answers before Next knows the page's language. */
export function refusalPage(status) {
  const { sv, en } = PAGES[status];
  return `<!doctype html>
<html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${sv[0]} – Trappan</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<main><h1>${sv[0]}</h1><p>${sv[1]}</p><p><a href="/sv">Till startsidan</a></p>
<div lang="en"><h2>${en[0]}</h2><p>${en[1]}</p><p><a href="/en">To the home page</a></p></div></main>
</body></html>
`;
}
