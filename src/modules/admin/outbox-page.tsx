// The notification outbox, for platform admins only: every message Trappan has written to
// people (e.g. a published agenda), newest first, with whether the mail sender has sent it, how
// many tries it took and the last error; the messages it gave up on are summed up on top.
// Anyone else gets a 404, so the page does not reveal that it exists; signed out → sign in.
// A GET form and plain links, so every view is a URL and works without JavaScript.
import { notFound, redirect } from 'next/navigation';

import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { numberFormat } from '@/i18n/intl-formats';
import { formatStockholmTimestamp } from '@/i18n/stockholm-time';
import { fill } from '@/i18n/template';
import { getCurrentUser } from '@/server/auth/current-user';
import { retryPolicy } from '@/server/mail/retry-schedule';
import { canReadAllAuditEvents } from '@/server/policy';
import { cellClass, DataTable, lastCellClass, rowClass } from '@/ui/data-table';
import { FilteredLog } from '@/ui/filtered-log';
import type { SearchParams } from '@/ui/search-params';

import { AdminNav } from './admin-nav';
import { outboxHref, parseOutboxQuery } from './outbox-params';
import { countFailedOutbox, listOutbox } from './outbox-queries';

const STATUS_STYLE = {
  PENDING: 'bg-amber-50 text-amber-950 ring-amber-700/30',
  SENT: 'bg-green-50 text-green-900 ring-green-700/30',
  FAILED: 'bg-red-50 text-red-900 ring-red-700/30',
  SENDING: 'bg-sky-50 text-sky-900 ring-sky-700/30',
  MUTED: 'bg-slate-50 text-slate-800 ring-slate-700/30',
} as const;

export async function OutboxPage({ locale, searchParams }: { locale: Locale; searchParams: SearchParams }) {
  const basePath = `/${locale}/admin/outbox`;
  const query = parseOutboxQuery(searchParams);
  const user = await getCurrentUser();
  if (!user) {
    const rawCursor = typeof searchParams.cursor === 'string' ? searchParams.cursor : null;
    redirect(`/${locale}/sign-in?callbackUrl=${encodeURIComponent(outboxHref(basePath, { status: query.status, cursor: rawCursor }))}`);
  }
  // The outbox holds people's addresses and messages: the same readers as the whole audit log.
  if (!canReadAllAuditEvents(user)) notFound();
  const t = getMessages(locale).outbox;
  const [page, failed] = await Promise.all([listOutbox(query), countFailedOutbox(user)]);
  const { maxAttempts } = retryPolicy();
  const formatCount = (count: number) => numberFormat(locale).format(count);
  const filter = {
    id: 'outbox-status',
    name: 'status',
    value: query.status?.toLowerCase() ?? '',
    options: [
      { value: '', label: t.statusFilter.all },
      { value: 'pending', label: t.statusFilter.pending },
      { value: 'sent', label: t.statusFilter.sent },
      { value: 'failed', label: t.statusFilter.failed },
    ],
  };

  return (
    <div className="space-y-4">
      <AdminNav locale={locale} current="outbox" />
      <h1 id="outbox-heading" className="text-3xl font-bold break-words">
        {t.title}
      </h1>
      <p className="max-w-3xl text-slate-700">{t.lead}</p>
      {failed ? (
        <p className="max-w-3xl rounded-md bg-red-50 p-3 text-red-900 ring-1 ring-red-700/30 ring-inset">
          {failed === 1 ? fill(t.failedSummaryOne, { max: maxAttempts }) : fill(t.failedSummaryMany, { count: formatCount(failed), max: maxAttempts })}{' '}
          {query.status !== 'FAILED' && (
            <a href={outboxHref(basePath, { status: 'FAILED' })} className="font-semibold underline underline-offset-2 hover:no-underline">
              {t.showFailed}
            </a>
          )}
        </p>
      ) : null}

      <FilteredLog
        texts={t}
        basePath={basePath}
        filter={filter}
        invalidCursor={query.invalidCursor}
        isEmpty={page.messages.length === 0}
        newestHref={query.cursor ? outboxHref(basePath, { status: query.status }) : null}
        olderHref={page.nextCursor ? outboxHref(basePath, { status: query.status, cursor: page.nextCursor }) : null}
      >
        <DataTable
          caption={t.caption}
          labelledBy="outbox-heading"
          minWidth="min-w-[80rem]"
          columns={[{ label: t.created }, { label: t.recipient }, { label: t.subject }, { label: t.kind }, { label: t.status }, { label: t.attempts }, { label: t.lastError }, { label: t.sentAt }]}
        >
          {page.messages.map((message) => (
            <tr key={message.id} className={rowClass}>
              <th scope="row" className={`${cellClass} text-left font-normal whitespace-nowrap`}>
                <time dateTime={message.createdAt.toISOString()}>{formatStockholmTimestamp(message.createdAt, locale)}</time>
              </th>
              <td className={`${cellClass} break-all`}>
                {message.recipientName && <span className="block">{message.recipientName}</span>}
                <span className="text-sm text-slate-700">{message.email}</span>
              </td>
              <td className={`${cellClass} max-w-md`}>
                <span className="block break-words">{message.subject}</span>
                <details className="mt-1">
                  <summary className="cursor-pointer text-sm font-semibold text-brand-700">{t.showBody}</summary>
                  <pre className="mt-2 max-w-md text-sm break-words whitespace-pre-wrap">{message.body}</pre>
                </details>
              </td>
              <td className={cellClass}>{t.kinds[message.kind] ?? message.kind}</td>
              <td className={cellClass}>
                <span className={`inline-flex rounded-full px-2 py-0.5 text-sm font-medium whitespace-nowrap ring-1 ring-inset ${STATUS_STYLE[message.status]}`}>
                  {t.statuses[message.status]}
                </span>
              </td>
              <td className={cellClass}>
                <span className="block whitespace-nowrap">{message.attempts ? fill(t.attemptsOf, { attempts: message.attempts, max: maxAttempts }) : t.none}</span>
                {message.status === 'PENDING' && message.nextAttemptAt && (
                  <span className="block text-sm whitespace-nowrap text-slate-700">
                    {fill(t.nextAttempt, { time: formatStockholmTimestamp(message.nextAttemptAt, locale) })}
                  </span>
                )}
              </td>
              <td className={`${cellClass} max-w-xs text-sm break-words`}>{message.lastError && message.status !== 'SENT' ? message.lastError : t.none}</td>
              <td className={`${lastCellClass} whitespace-nowrap`}>
                {message.sentAt ? <time dateTime={message.sentAt.toISOString()}>{formatStockholmTimestamp(message.sentAt, locale)}</time> : t.none}
              </td>
            </tr>
          ))}
        </DataTable>
      </FilteredLog>
    </div>
  );
}
