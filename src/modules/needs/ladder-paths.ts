// The addresses of the ladder's pages (the need's own addresses are in need-paths.ts). A
// plain module, so server and client components share the constants.
import type { Locale } from '@/i18n/locales';

import { needPath, needsPath } from './need-paths';

export const assessPath = (locale: Locale, slug: string, needId: string) => `${needPath(locale, slug, needId)}/assess`;

export const boardPath = (locale: Locale, slug: string) => `${needsPath(locale, slug)}/board`;

/** The need page's marker after an assessment was saved: the ladder section confirms it. */
export const ASSESSED_PARAM = 'assessed';
