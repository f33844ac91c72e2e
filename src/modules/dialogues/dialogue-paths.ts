// The addresses of the dialogue pages, for links from any page (server or client).
import type { Locale } from '@/i18n/locales';

export const dialoguesPath = (locale: Locale) => `/${locale}/dialogues`;
export const dialoguePath = (locale: Locale, dialogueId: string) => `${dialoguesPath(locale)}/${encodeURIComponent(dialogueId)}`;
/** The page again after an action, with its confirmation at the top. */
export const dialogueDonePath = (locale: Locale, dialogueId: string, done: string) => `${dialoguePath(locale, dialogueId)}?done=${done}#notice`;
export const editDialoguePath = (locale: Locale, dialogueId: string) => `${dialoguePath(locale, dialogueId)}/edit`;
export const registerCsvPath = (locale: Locale, dialogueId: string) => `${dialoguePath(locale, dialogueId)}/register.csv`;
export const newDialoguePath = (locale: Locale, networkSlug: string) => `/${locale}/networks/${encodeURIComponent(networkSlug)}/dialogues/new`;
export const dialoguesFeedPath = (locale: Locale) => `${dialoguesPath(locale)}/feed.atom`;
