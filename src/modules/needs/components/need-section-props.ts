import type { Locale } from '@/i18n/locales';

/**
 * What every section of a need's page receives. Each section loads its own data and asks
 * getNeedForViewer (cached per request) who is looking, so the page stays a list of sections.
 */
export type NeedSectionProps = { locale: Locale; slug: string; needId: string };
