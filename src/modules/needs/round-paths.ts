// Where the prioritisation rounds live, for pages and client forms alike.
import type { Locale } from '@/i18n/locales';

import { needsPath } from './need-paths';

export { needPath, needsPath } from './need-paths';

export const roundsPath = (locale: Locale, slug: string) => `${needsPath(locale, slug)}/rounds`;
export const roundPath = (locale: Locale, slug: string, roundId: string) => `${roundsPath(locale, slug)}/${encodeURIComponent(roundId)}`;
