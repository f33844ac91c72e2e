// /{locale}/demo/mailbox: in demo mode without SMTP_URL, the mails the outbox worker has
// "sent", so a newcomer can walk the whole sign-up. A 404 anywhere else: real installations
// send real mail, and nobody may read other people's mail there. Each mail is shown as the
// sender composes it (src/server/mail/outgoing-mail.ts), unsubscribe link included.
import { notFound } from 'next/navigation';

import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { formatStockholmTimestamp } from '@/i18n/stockholm-time';
import { db } from '@/server/db/client';
import { isDemoMode } from '@/server/db/database-config';
import { composeMail, mailLinks } from '@/server/mail/outgoing-mail';
import { buttonClass, inputClass } from '@/ui/form-classes';
import { decodeLogCursor, encodeLogCursor } from '@/ui/log-view';
import type { SearchParams } from '@/ui/search-params';

const PAGE_SIZE = 20;
const LINK = /https?:\/\/[^\s<>"]+/g;

export function isDemoMailboxOpen(env: Record<string, string | undefined> = process.env): boolean {
  return isDemoMode(env) && !env.SMTP_URL?.trim();
}

export async function DemoMailboxPage({ locale, searchParams }: { locale: Locale; searchParams: SearchParams }) {
  if (!isDemoMailboxOpen()) notFound();
  const t = getMessages(locale).mailbox;
  const to = typeof searchParams.to === 'string' ? searchParams.to.trim().toLowerCase().slice(0, 254) : '';
  const cursor = typeof searchParams.cursor === 'string' ? decodeLogCursor(searchParams.cursor) : null;
  const rows = await db().notification.findMany({
    where: {
      status: 'SENT',
      ...(to ? { email: to } : {}),
      ...(cursor ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] } : {}),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: PAGE_SIZE + 1,
    select: { id: true, email: true, subject: true, body: true, kind: true, userId: true, createdAt: true, sentAt: true },
  });
  const linkSettings = mailLinks();
  const mails = rows.slice(0, PAGE_SIZE).map((row) => ({ ...row, text: composeMail(row, linkSettings).text }));
  const last = mails.at(-1);
  const href = (extra: Record<string, string>) => `/${locale}/demo/mailbox?${new URLSearchParams({ ...(to ? { to } : {}), ...extra })}`;

  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="mt-3 text-slate-700">{t.lead}</p>
      <form method="get" className="mt-6 flex flex-wrap items-end gap-3">
        <div className="grow">
          <label htmlFor="mailbox-to" className="block font-medium">
            {t.filterLabel}
          </label>
          <input id="mailbox-to" name="to" type="email" defaultValue={to} className={inputClass(false)} />
        </div>
        <button type="submit" className={buttonClass}>
          {t.apply}
        </button>
      </form>
      {to && (
        <p className="mt-2">
          <a href={`/${locale}/demo/mailbox`} className="text-brand-700 underline">
            {t.all}
          </a>
        </p>
      )}
      {mails.length === 0 ? (
        <p className="mt-8 rounded border border-slate-300 bg-slate-50 p-4">{to ? t.emptyFor : t.empty}</p>
      ) : (
        <ol className="mt-8 space-y-6">
          {mails.map((mail) => {
            const links = [...new Set(mail.text.match(LINK) ?? [])];
            return (
              <li key={mail.id}>
                <article aria-labelledby={`mail-${mail.id}`} className="rounded border border-slate-300 p-4">
                  <h2 id={`mail-${mail.id}`} className="text-lg font-semibold">
                    {mail.subject}
                  </h2>
                  <p className="text-sm text-slate-700">
                    {t.to} {mail.email} · {t.sent}{' '}
                    <time dateTime={(mail.sentAt ?? mail.createdAt).toISOString()}>{formatStockholmTimestamp(mail.sentAt ?? mail.createdAt, locale)}</time>
                  </p>
                  <pre className="mt-3 text-sm break-words whitespace-pre-wrap">{mail.text}</pre>
                  {links.length > 0 && (
                    <>
                      <h3 className="mt-3 font-semibold">{t.links}</h3>
                      <ul className="mt-1 list-disc pl-5">
                        {links.map((link) => (
                          <li key={link}>
                            <a href={link} className="break-all text-brand-700 underline">
                              {link}
                            </a>
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                </article>
              </li>
            );
          })}
        </ol>
      )}
      <nav className="mt-6 flex gap-4" aria-label={t.title}>
        {cursor && (
          <a href={href({})} className="text-brand-700 underline">
            {t.newest}
          </a>
        )}
        {rows.length > PAGE_SIZE && last && (
          <a href={href({ cursor: encodeLogCursor({ createdAt: last.createdAt, id: last.id }) })} className="text-brand-700 underline">
            {t.older}
          </a>
        )}
      </nav>
    </div>
  );
}
