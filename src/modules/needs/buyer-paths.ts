// The addresses of a need's buyer-group and handover pages.
import type { Locale } from '@/i18n/locales';

import { needPath } from './need-paths';

export const buyerGroupPath = (locale: Locale, slug: string, needId: string) => `${needPath(locale, slug, needId)}/buyer-group`;
export const handoverPath = (locale: Locale, slug: string, needId: string) => `${needPath(locale, slug, needId)}/handover`;
