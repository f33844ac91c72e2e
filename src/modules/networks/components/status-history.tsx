// The network's status moves as history on its page: when, from what to what, and why. An
// ended network says so first: it keeps its pages, decisions and open data, nothing new.
import 'server-only';

import type { NetworkStatus } from '@/generated/prisma/enums';
import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { db } from '@/server/db/client';
import { formatDate } from '@/ui/format';

export async function StatusHistorySection({ locale, networkId, status }: { locale: Locale; networkId: string; status: NetworkStatus }) {
  const messages = getMessages(locale);
  const t = messages.networkStatus;
  const changes = await db().networkStatusChange.findMany({
    where: { networkId },
    orderBy: [{ effectiveOn: 'desc' }, { createdAt: 'desc' }],
    select: { id: true, fromStatus: true, toStatus: true, effectiveOn: true, reason: true },
  });
  return (
    <section aria-labelledby="status-history" className="space-y-3">
      {status === 'CLOSED' && (
        <p role="note" className="rounded border-l-4 border-slate-700 bg-slate-100 p-4 text-slate-900">
          {t.closedNotice}
        </p>
      )}
      <h2 id="status-history" className="text-2xl font-semibold">
        {t.historyHeading}
      </h2>
      {changes.length === 0 ? (
        <p>{t.historyEmpty}</p>
      ) : (
        <ol className="space-y-3">
          {changes.map((change) => {
            const day = change.effectiveOn.toISOString().slice(0, 10);
            return (
              <li key={change.id} className="border-l-4 border-brand-700 pl-4">
                <p className="font-semibold">
                  <time dateTime={day}>{formatDate(day, locale)}</time>: {t.historyEntry(messages.enums.status[change.fromStatus], messages.enums.status[change.toStatus])}
                </p>
                <p className="whitespace-pre-line">{change.reason}</p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
