// Picks dictionary sections for client components, on the server: the one place where the
// dictionary is turned into data that may travel to the browser (see client-messages.ts).
import 'server-only';

import type { ClientMessages, Plain, Section } from './client-messages';
import type { Locale } from './locales';
import { getMessages } from './messages';

function plain<T>(value: T): Plain<T> {
  if (Array.isArray(value)) return value.map(plain) as Plain<T>;
  if (value === null || typeof value !== 'object') return value as Plain<T>;
  const data: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item !== 'function') data[key] = plain(item);
  }
  return data as Plain<T>;
}

// The dictionary never changes while the server runs: each section is made plain once.
const cache = new Map<string, unknown>();

/** The sections a client component needs, in the page's language, without functions. */
export function pickMessages<S extends Section>(locale: Locale, ...sections: S[]): ClientMessages<S> {
  const messages = getMessages(locale);
  const picked: Partial<ClientMessages<S>> = {};
  for (const section of sections) {
    const key = `${locale}:${section}`;
    if (!cache.has(key)) cache.set(key, plain(messages[section]));
    picked[section] = cache.get(key) as ClientMessages<S>[S];
  }
  return picked as ClientMessages<S>;
}
