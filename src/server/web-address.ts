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
