// The audit log as a table, with its outcome filter and "older" link: a GET form and plain
// links, so every view is a URL and works without JavaScript. Used for one network's log
// (its coordinators) and for the whole platform's (admins, with a network column).
import Link from 'next/link';

import { dateTimeFormat } from '@/i18n/intl-formats';
import type { Locale } from '@/i18n/locales';
import type { Messages } from '@/i18n/messages';
import { cellClass, DataTable, lastCellClass, NetworkLink, rowClass } from '@/ui/data-table';

import { auditHref, type AuditQuery } from '../audit-params';
import type { AuditEventView, AuditPage } from '../audit-queries';

/** The moment an event happened, in Swedish time whatever the server's zone. */
function formatTimestamp(iso: string, locale: Locale): string {
  return dateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'Europe/Stockholm' }).format(new Date(iso));
}

const linkClass = 'font-semibold text-brand-700 underline underline-offset-2 hover:no-underline';

const OUTCOME_STYLE = {
  ALLOWED: 'bg-green-50 text-green-900 ring-green-700/30',
  DENIED: 'bg-red-50 text-red-900 ring-red-700/30',
} as const;

export function AuditLog({
  locale,
  messages,
  page,
  query,
  basePath,
  showNetwork,
  labelledBy,
}: {
  locale: Locale;
  messages: Messages;
  page: AuditPage;
  query: AuditQuery;
  /** The page's path without parameters; the filter and the cursor are added to it. */
  basePath: string;
  showNetwork: boolean;
  labelledBy: string;
}) {
  const t = messages.audit;
  const filterValue = query.outcome?.toLowerCase() ?? '';
  const isFirstPage = !query.cursor;

  return (
    <div className="mt-4 space-y-4">
      <form method="get" action={basePath} className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="audit-outcome" className="block font-medium">
            {t.filterLabel}
          </label>
          <select id="audit-outcome" name="outcome" defaultValue={filterValue} className="mt-1 rounded border border-slate-500 bg-white px-3 py-2">
            <option value="">{t.outcomeFilter.all}</option>
            <option value="allowed">{t.outcomeFilter.allowed}</option>
            <option value="denied">{t.outcomeFilter.denied}</option>
          </select>
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-900">
          {t.applyFilter}
        </button>
      </form>

      {query.invalidCursor && (
        <p role="status" className="rounded border-l-4 border-amber-600 bg-amber-50 p-3 text-amber-950">
          {t.invalidCursor}
        </p>
      )}

      {page.events.length === 0 ? (
        <p className="rounded border border-slate-300 bg-slate-50 p-4">{query.outcome ? t.emptyFiltered : t.empty}</p>
      ) : (
        <>
          <p className="text-sm text-slate-700">{t.timeZoneNote}</p>
          <DataTable
            caption={t.caption}
            labelledBy={labelledBy}
            minWidth={showNetwork ? 'min-w-[68rem]' : 'min-w-[58rem]'}
            columns={[
              { label: t.time },
              { label: t.actor },
              { label: t.action },
              ...(showNetwork ? [{ label: t.network }] : []),
              { label: t.subject },
              { label: t.outcome },
              { label: t.change },
            ]}
          >
            {page.events.map((event) => (
              <AuditRow key={event.id} event={event} locale={locale} messages={messages} showNetwork={showNetwork} />
            ))}
          </DataTable>
        </>
      )}

      {(!isFirstPage || page.nextCursor) && (
        <nav aria-label={t.pagesLabel} className="flex flex-wrap gap-x-6 gap-y-2">
          {!isFirstPage && (
            <Link href={auditHref(basePath, { outcome: query.outcome })} className={linkClass}>
              ← {t.newest}
            </Link>
          )}
          {page.nextCursor && (
            <Link href={auditHref(basePath, { outcome: query.outcome, cursor: page.nextCursor })} className={linkClass}>
              {t.older} →
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}

function AuditRow({ event, locale, messages, showNetwork }: { event: AuditEventView; locale: Locale; messages: Messages; showNetwork: boolean }) {
  const t = messages.audit;
  return (
    <tr className={rowClass}>
      <th scope="row" className={`${cellClass} text-left font-normal whitespace-nowrap`}>
        <time dateTime={event.createdAt}>{formatTimestamp(event.createdAt, locale)}</time>
      </th>
      <td className={cellClass}>{event.actorName ?? (event.signedOut ? t.signedOutActor : t.deletedActor)}</td>
      <td className={cellClass}>{event.actionLabel}</td>
      {showNetwork && (
        <td className={cellClass}>{event.network ? <NetworkLink locale={locale} slug={event.network.slug} name={event.network.name} /> : t.none}</td>
      )}
      <td className={cellClass}>
        {event.subject ?? t.none}
        <span className="block text-sm text-slate-700">{event.entityTypeLabel}</span>
      </td>
      <td className={cellClass}>
        <span className={`inline-flex rounded-full px-2 py-0.5 text-sm font-medium whitespace-nowrap ring-1 ring-inset ${OUTCOME_STYLE[event.outcome]}`}>
          {t.outcomes[event.outcome]}
        </span>
      </td>
      <td className={`${lastCellClass} max-w-md`}>
        {event.changes.length === 0 ? (
          t.none
        ) : (
          <ul className="space-y-1 text-sm">
            {event.changes.map((line, i) => (
              <li key={i} className="break-words">
                <span className="font-medium">{line.field}:</span>{' '}
                {line.from !== undefined && line.to !== undefined ? (
                  <>
                    {line.from} <span aria-hidden="true">→</span>
                    <span className="sr-only">{t.changedTo}</span> {line.to}
                  </>
                ) : (
                  (line.to ?? line.from)
                )}
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}
