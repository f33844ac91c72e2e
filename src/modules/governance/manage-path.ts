// The secretariat's sections of a network and their paths. Pure and apart from the tabs
// (components/manage-nav.tsx), so client code reaching it through client.ts loads no texts.
import type { Locale } from '@/i18n/locales';

export const MANAGE_SECTIONS = ['members', 'profile', 'funding', 'requests', 'invitations', 'charter', 'groups', 'audit'] as const;
export type ManageSection = (typeof MANAGE_SECTIONS)[number];

/** Where a platform admin or agency staff appoints a network's first coordinator (not a manage page: they need not manage it). */
export function firstCoordinatorPath(locale: Locale, slug: string): string {
  return `/${locale}/networks/${encodeURIComponent(slug)}/first-coordinator`;
}

export function managePath(locale: Locale, slug: string, section: ManageSection): string {
  const base = `/${locale}/networks/${encodeURIComponent(slug)}/manage`;
  return section === 'members' ? base : `${base}/${section}`;
}
