// The secretariat's sections of a network and their paths. Pure and apart from the tabs
// (components/manage-nav.tsx), so client code reaching it through client.ts loads no texts.
import type { Locale } from '@/i18n/locales';

export const MANAGE_SECTIONS = ['members', 'profile', 'funding', 'requests', 'invitations', 'charter', 'groups', 'audit'] as const;
export type ManageSection = (typeof MANAGE_SECTIONS)[number];

export function managePath(locale: Locale, slug: string, section: ManageSection): string {
  const base = `/${locale}/networks/${encodeURIComponent(slug)}/manage`;
  return section === 'members' ? base : `${base}/${section}`;
}
