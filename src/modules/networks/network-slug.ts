// A network's address (/networks/{slug}, /api/v1/networks/{slug}) from its Swedish name:
// "Hållbar välfärdsteknik i Norrbotten" → "hallbar-valfardsteknik-i-norrbotten". Pure; the
// start action picks the first free candidate inside its transaction (docs/decisions/0017).

/** The longest slug; a suffix for uniqueness (-2, -3, …) fits inside it. */
export const NETWORK_SLUG_MAX = 80;

/**
 * Slugs that are, or are kept for, routes under /networks: a network called "New" must not
 * hide the start page /networks/new. Refused rather than numbered, so the founders choose a
 * name that says more.
 */
export const RESERVED_NETWORK_SLUGS: ReadonlySet<string> = new Set(['new', 'edit', 'drafts', 'search', 'api']);

// Letters that Unicode does not decompose into a base letter and a mark.
const UNDECOMPOSED: Record<string, string> = { æ: 'ae', ø: 'o', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/**
 * The slug a name gives: lower case, å ä ö → a a o, é → e and every other diacritic dropped,
 * anything but letters and digits → one '-', no '-' at either end, at most NETWORK_SLUG_MAX
 * characters (cut at a '-' when one is near). '' when nothing is left ("!!!", "北京").
 */
export function networkSlugFrom(name: string): string {
  const ascii = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[æøœßłđðþı]/g, (letter) => UNDECOMPOSED[letter] ?? '');
  const slug = ascii.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return cut(slug, NETWORK_SLUG_MAX);
}

/** At most `max` characters, ending at a word's end when that loses at most a third. */
function cut(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const head = slug.slice(0, max);
  const lastDash = head.lastIndexOf('-');
  const kept = slug[max] === '-' ? head : lastDash >= (max * 2) / 3 ? head.slice(0, lastDash) : head;
  return kept.replace(/-+$/g, '');
}

export type SlugProblem = 'empty' | 'reserved';

/** Why a name cannot give a network an address, or null when it can. */
export function slugProblem(slug: string): SlugProblem | null {
  if (slug === '') return 'empty';
  if (RESERVED_NETWORK_SLUGS.has(slug)) return 'reserved';
  return null;
}

/** The n-th candidate for a slug: the slug itself, then slug-2, slug-3, … cut to fit. */
export function slugCandidate(slug: string, n: number): string {
  if (n <= 1) return slug;
  const suffix = `-${n}`;
  return `${cut(slug, NETWORK_SLUG_MAX - suffix.length)}${suffix}`;
}

/** The candidates the start action checks in one query, in order. */
export function slugCandidates(slug: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => slugCandidate(slug, i + 1));
}

/** The first candidate that no network has, and that no network had before a rename. */
export function firstFreeSlug(candidates: readonly string[], taken: ReadonlySet<string>): string | null {
  return candidates.find((candidate) => !taken.has(candidate)) ?? null;
}
