// The query of a page's URL as Next.js hands it to a page: a name may repeat, or be missing.
export type SearchParams = Record<string, string | string[] | undefined>;
