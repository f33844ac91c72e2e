// The dialogues' downloads:
//   GET /{locale}/dialogues/feed.atom                  new published dialogues, for anyone;
//   GET /{locale}/dialogues/{id}/register.csv          the register of prior involvement, for
//                                                      the network's participants only (a 404
//                                                      to everyone else, as the page's section).
import 'server-only';

import { getCurrentUser } from '@/server/auth/current-user';
import { CSV_DELIMITERS, toCsv } from '@/server/csv';
import { db } from '@/server/db/client';
import { matchesIfNoneMatch, weakEtag } from '@/server/etag';
import { isLocale, type Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { formatStockholmInstant, toStockholmInput } from '@/i18n/stockholm-time';
import { publicOrigin } from '@/server/public-origin';

import { atomFeed } from './atom';
import { dialoguePath, dialoguesFeedPath, dialoguesPath } from './dialogue-paths';
import { listFeedDialogues, listInvolvement } from './dialogue-queries';

function notFound(): Response {
  return new Response('Not found\n', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}

const localeOf = (value: string): Locale | null => (isLocale(value) ? value : null);

export async function dialoguesFeed(request: Request, context: { params: Promise<{ locale: string }> }): Promise<Response> {
  const locale = localeOf((await context.params).locale);
  if (!locale) return notFound();
  const messages = getMessages(locale);
  const origin = publicOrigin();
  const dialogues = await listFeedDialogues();
  const body = atomFeed({
    id: `${origin}${dialoguesPath(locale)}`,
    title: `${messages.dialogues.title} – Trappan`,
    selfUrl: `${origin}${dialoguesFeedPath(locale)}`,
    pageUrl: `${origin}${dialoguesPath(locale)}`,
    updatedAt: dialogues.reduce((latest, d) => (d.updatedAt > latest ? d.updatedAt : latest), new Date(0)),
    entries: dialogues.map((dialogue) => ({
      id: dialogue.id,
      title: dialogue.title,
      url: `${origin}${dialoguePath(locale, dialogue.id)}`,
      publishedAt: dialogue.publishedAt!,
      updatedAt: dialogue.updatedAt,
      author: dialogue.network.name,
      summary: `${messages.dialogueEnums.form[dialogue.form]}. ${messages.dialogue.closesAt}: ${formatStockholmInstant(dialogue.closesAt, locale)}. ${dialogue.purpose}`,
    })),
  });
  const etag = weakEtag(body);
  const headers = { 'Cache-Control': 'public, max-age=300', ETag: etag };
  if (matchesIfNoneMatch(request.headers.get('if-none-match'), etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers: { ...headers, 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}

export async function involvementCsv(_request: Request, context: { params: Promise<{ locale: string; dialogueId: string }> }): Promise<Response> {
  const { locale: raw, dialogueId } = await context.params;
  const locale = localeOf(raw);
  if (!locale || dialogueId.length > 40) return notFound();
  const user = await getCurrentUser();
  if (!user) return notFound();
  const dialogue = await db().marketDialogue.findUnique({ where: { id: dialogueId }, select: { networkId: true } });
  if (!dialogue) return notFound();
  const membership = await db().membership.findFirst({ where: { userId: user.id, networkId: dialogue.networkId, status: 'ACTIVE' }, select: { id: true } });
  if (!membership && user.platformRole !== 'ADMIN') return notFound();
  const t = getMessages(locale).dialogue;
  // Swedish time, as on the page; semicolons for Swedish spreadsheets, where the comma is the decimal mark.
  const time = (date: Date) => toStockholmInput(date).replace('T', ' ');
  const delimiter = locale === 'sv' ? CSV_DELIMITERS.semicolon : CSV_DELIMITERS.comma;
  const c = t.registerColumns;
  const rows = (await listInvolvement(dialogueId)).map((row) => [
    row.organisation,
    row.organisationNumber,
    t.involvement[row.how],
    time(row.at),
    row.meeting ? `${time(row.meeting.startsAt)}–${toStockholmInput(row.meeting.endsAt).slice(11)}` : null,
  ]);
  return new Response(toCsv([c.organisation, c.organisationNumber, c.how, c.when, c.meeting], rows, delimiter), {
    status: 200,
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="dialogue-${dialogueId}-involvement.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
}
