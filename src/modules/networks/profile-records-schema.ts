// The profile's records as zod reads them: links to the network's results and reports, and
// facts or history entries, each dated and with its source (a document, and a page or a link
// when there is one). What was typed is trimmed; empty optional fields are null.
import { z } from 'zod';

import { NetworkLinkKind } from '@/generated/prisma/enums';
import type { Messages } from '@/i18n/messages';
import { optionalText, requiredText, webAddress } from '@/server/input-rules';
import { isWebAddress } from '@/server/web-address';

import { PROFILE_RECORD_LIMITS } from './profile-record-limits';


const id = z.string().min(1).max(40);

// The secretariat pastes full addresses, sometimes with a space or å in the path: those are
// stored encoded, as the browser would send them, and so is an address typed as www.… (read
// as https by the shared rule), so one page is always stored as one address.
const encoded = (value: unknown) => (typeof value === 'string' && isWebAddress(value.trim()) ? new URL(value.trim()).href : value);
const link = (messages: Messages, required?: string) =>
  z
    .unknown()
    .optional()
    .transform(encoded)
    .pipe(webAddress(messages, { required, max: PROFILE_RECORD_LIMITS.url }))
    .transform((url) => (url ? new URL(url).href : null));

/** A calendar day, YYYY-MM-DD, that exists and is not after `today` (Swedish time). */
const pastDay = (today: string, invalid: string, inFuture: string) =>
  z
    .string(invalid)
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, invalid)
    .refine((value) => new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), invalid)
    .refine((value) => value <= today, inFuture);

export const addLinkSchema = (messages: Messages, today: string) => {
  const t = messages.profileRecords.errors;
  const f = messages.profileRecords;
  const L = PROFILE_RECORD_LIMITS;
  return z.object({
    networkId: id,
    kind: z.enum(NetworkLinkKind, t.kindRequired),
    title: requiredText(messages, f.linkTitle, L.title),
    url: link(messages, f.url).pipe(z.string()),
    publishedOn: z
      .string()
      .optional()
      .transform((value) => (value ?? '').trim())
      .pipe(z.union([z.literal('').transform(() => null), pastDay(today, t.dateInvalid, t.dateInFuture)])),
  });
};

export const addFactSchema = (messages: Messages, today: string) => {
  const t = messages.profileRecords.errors;
  const f = messages.profileRecords;
  const L = PROFILE_RECORD_LIMITS;
  return z.object({
    networkId: id,
    occurredOn: pastDay(today, t.dateInvalid, t.dateInFuture),
    textSv: requiredText(messages, f.textSv, L.factText),
    textEn: optionalText(messages, L.factText),
    source: requiredText(messages, f.source, L.source),
    sourceUrl: link(messages),
  });
};

export const removeLinkSchema = () => z.object({ linkId: id });
export const removeFactSchema = () => z.object({ factId: id });
