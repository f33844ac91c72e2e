// A web address people can open: absolute, http or https. Links typed into Trappan (documents,
// reports, meeting rooms) are checked with this before they are stored or shown as links.
export function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

// A host name as people type one without a scheme: labels of letters, digits and hyphens with
// at least one dot ("www.malmo.se", "malmo.se/bygga"), then optionally a port, path, query or fragment.
const BARE_HOST = /^(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}]{2,}(?::\d{1,5})?(?:[/?#]\S*)?$/u;

/**
 * What a person typed as a link, as the address to store: "www.malmo.se" is read as
 * "https://www.malmo.se" (people copy addresses without the scheme); an address with http or
 * https stays as it is. Null when it is no web address (another scheme, spaces, no host).
 */
export function typedWebAddress(typed: string): string | null {
  const value = typed.trim();
  if (!value || /\s/.test(value)) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
    if (!isWebAddress(value)) return null;
    return new URL(value).hostname.includes('.') || new URL(value).hostname === 'localhost' ? value : null;
  }
  if (value.startsWith('//')) return typedWebAddress(`https:${value}`);
  return BARE_HOST.test(value) && isWebAddress(`https://${value}`) ? `https://${value}` : null;
}
