// The audit log as a table in the shared log frame (outcome filter, cursor pages). Used for one
// network's log (its coordinators) and for the whole platform's (admins, with a network column).
import type { Locale } from '@/i18n/locales';
import type { Messages } from '@/i18n/messages';
import { formatStockholmTimestamp } from '@/i18n/stockholm-time';
import { cellClass, DataTable, lastCellClass, NetworkLink, rowClass } from '@/ui/data-table';
import { FilteredLog } from '@/ui/filtered-log';

import { auditHref, type AuditQuery } from '../audit-params';
import type { AuditEventView, AuditPage } from '../audit-queries';

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
  const filter = {
    id: 'audit-outcome',
    name: 'outcome',
    value: query.outcome?.toLowerCase() ?? '',
    options: [
      { value: '', label: t.outcomeFilter.all },
      { value: 'allowed', label: t.outcomeFilter.allowed },
      { value: 'denied', label: t.outcomeFilter.denied },
    ],
  };

  return (
    <div className="mt-4 space-y-4">
      <FilteredLog
        texts={t}
        basePath={basePath}
        filter={filter}
        invalidCursor={query.invalidCursor}
        isEmpty={page.events.length === 0}
        newestHref={query.cursor ? auditHref(basePath, { outcome: query.outcome }) : null}
        olderHref={page.nextCursor ? auditHref(basePath, { outcome: query.outcome, cursor: page.nextCursor }) : null}
      >
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
      </FilteredLog>
    </div>
  );
}

function AuditRow({ event, locale, messages, showNetwork }: { event: AuditEventView; locale: Locale; messages: Messages; showNetwork: boolean }) {
  const t = messages.audit;
  return (
    <tr className={rowClass}>
      <th scope="row" className={`${cellClass} text-left font-normal whitespace-nowrap`}>
        <time dateTime={event.createdAt}>{formatStockholmTimestamp(new Date(event.createdAt), locale)}</time>
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
