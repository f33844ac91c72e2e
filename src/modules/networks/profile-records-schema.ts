// The profile's records as zod reads them: links to the network's results and reports, and
// facts or history entries, each dated and with its source (a document, and a page or a link
// when there is one). What was typed is trimmed; empty optional fields are null.
import { z } from 'zod';

import { NetworkLinkKind } from '@/generated/prisma/enums';
import type { Messages } from '@/i18n/messages';
import { isWebAddress } from '@/server/web-address';

import { PROFILE_RECORD_LIMITS } from './profile-record-limits';


const id = z.string().min(1).max(40);

const text = (max: number, tooLong: string) =>
  z
    .string()
    .optional()
    .transform((value) => (value ?? '').replace(/\r\n?/g, '\n').trim())
    .pipe(z.string().max(max, tooLong));

const webAddress = (message: string) =>
  z
    .string()
    .trim()
    .max(PROFILE_RECORD_LIMITS.url, message)
    .refine((value) => isWebAddress(value), message)
    // Stored as the browser would send it (spaces and non-ASCII letters encoded).
    .transform((value) => new URL(value).href);

const optionalWebAddress = (message: string) =>
  z
    .string()
    .optional()
    .transform((value) => (value ?? '').trim())
    .pipe(z.union([z.literal('').transform(() => null), webAddress(message)]));

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
  const L = PROFILE_RECORD_LIMITS;
  return z.object({
    networkId: id,
    kind: z.enum(NetworkLinkKind, t.kindRequired),
    title: text(L.title, t.tooLong(L.title)).pipe(z.string().min(1, t.titleRequired)),
    url: z.string(t.urlInvalid).pipe(webAddress(t.urlInvalid)),
    publishedOn: z
      .string()
      .optional()
      .transform((value) => (value ?? '').trim())
      .pipe(z.union([z.literal('').transform(() => null), pastDay(today, t.dateInvalid, t.dateInFuture)])),
  });
};

export const addFactSchema = (messages: Messages, today: string) => {
  const t = messages.profileRecords.errors;
  const L = PROFILE_RECORD_LIMITS;
  return z.object({
    networkId: id,
    occurredOn: pastDay(today, t.dateInvalid, t.dateInFuture),
    textSv: text(L.factText, t.tooLong(L.factText)).pipe(z.string().min(1, t.textRequired)),
    textEn: text(L.factText, t.tooLong(L.factText)),
    source: text(L.source, t.tooLong(L.source)).pipe(z.string().min(1, t.sourceRequired)),
    sourceUrl: optionalWebAddress(t.urlInvalid),
  });
};

export const removeLinkSchema = () => z.object({ linkId: id });
export const removeFactSchema = () => z.object({ factId: id });
