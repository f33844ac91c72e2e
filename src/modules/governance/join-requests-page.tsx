// The secretariat's requests page (/networks/{slug}/manage/requests): the queue of pending
// join requests to decide, and the latest decisions. The manage layout renders the heading
// and tabs; this renders the sections.
import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { pickMessages } from '@/i18n/pick-messages';
import { cellClass, DataTable, lastCellClass, rowClass } from '@/ui/data-table';
import { formatDate, formatNumber } from '@/ui/format';

import { PendingRequests } from './components/pending-requests';
import { listJoinRequests } from './joining-queries';
import { requireNetworkManager } from './manage-access';
import { managePath } from './manage-path';

export async function JoinRequestsPage({ locale, slug }: { locale: Locale; slug: string }) {
  const { network } = await requireNetworkManager(slug, locale, managePath(locale, slug, 'requests'));
  const messages = getMessages(locale);
  const t = messages.joining;
  const { policy, pending, decided } = await listJoinRequests(network.id);

  return (
    <div className="space-y-10">
      <section aria-labelledby="pending-requests">
        <h2 id="pending-requests" className="text-2xl font-semibold">
          {t.pendingHeading} ({formatNumber(pending.length, locale)})
        </h2>
        <p className="mt-1 max-w-3xl text-slate-700">{t.pendingLead}</p>
        <PendingRequests locale={locale} messages={pickMessages(locale, 'joining', 'governance', 'input')} requests={pending} emptyText={t.noPending[policy]} />
      </section>

      {/* Not a landmark itself: the table's scrolling region carries the heading's name. */}
      <section>
        <h2 id="decided-requests" className="text-2xl font-semibold">
          {t.decidedHeading}
        </h2>
        <p className="mt-1 text-slate-700">{t.decidedLead}</p>
        {decided.length === 0 ? (
          <p className="mt-3">{t.noDecided}</p>
        ) : (
          <DataTable
            caption={t.decidedHeading}
            labelledBy="decided-requests"
            minWidth="min-w-[48rem]"
            className="mt-4"
            columns={[{ label: t.person }, { label: t.organization }, { label: t.status }, { label: t.date }, { label: t.decidedBy }, { label: t.reason }]}
          >
            {decided.map((request) => (
              <tr key={request.id} className={rowClass}>
                <th scope="row" className={`${cellClass} font-semibold`}>
                  {request.person}
                </th>
                <td className={cellClass}>{request.organization ?? t.noOrganization}</td>
                <td className={cellClass}>{messages.governance.joinRequestStatus[request.status]}</td>
                <td className={cellClass}>{request.decidedAt ? formatDate(request.decidedAt, locale) : '–'}</td>
                <td className={cellClass}>{request.status === 'WITHDRAWN' ? t.applicantWithdrew : (request.decidedBy ?? '–')}</td>
                <td className={`${lastCellClass} whitespace-pre-line`}>{request.decisionReason ?? '–'}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
