// A network's prioritisation rounds: open rounds first with their deadline, then closed ones;
// how many needs each covers and how many organisations voted. The secretariat opens new ones.
import Link from 'next/link';

import type { Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { formatStockholmInstant } from '@/i18n/stockholm-time';
import { getNetworkViewer } from '@/server/network-viewer';
import { cellClass, DataTable, lastCellClass, rowClass } from '@/ui/data-table';
import { primaryLinkButtonClass } from '@/ui/form-classes';
import { formatNumber } from '@/ui/format';
import { EndedNetworkNotice } from '@/ui/ended-network-notice';

import { getRoundsViewer } from './round-access';
import { roundPath, roundsPath } from './round-paths';
import { listRounds } from './round-queries';

export async function roundsPageTitle(locale: Locale, slug: string): Promise<string> {
  const { network } = await getNetworkViewer(slug);
  return getMessages(locale).rounds.listTitle(network.name);
}

export async function RoundsPage({ locale, slug }: { locale: Locale; slug: string }) {
  const { network, viewer } = await getRoundsViewer(slug, locale, (s) => roundsPath(locale, s));
  const t = getMessages(locale).rounds;
  const rounds = await listRounds(network.id);

  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-3xl font-bold">{t.listTitle(network.name)}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t.lead}</p>
      </div>

      {viewer.mayManage && !network.isEnded && (
        <Link href={`${roundsPath(locale, network.slug)}/new`} className={primaryLinkButtonClass}>
          {t.openRound}
        </Link>
      )}
      {viewer.mayManage && network.isEnded && <EndedNetworkNotice locale={locale} />}

      <section>
        <h2 id="rounds-list" className="text-2xl font-semibold">
          {t.listHeading}
        </h2>
        {rounds.length === 0 ? (
          <p className="mt-3 max-w-3xl">{viewer.mayManage ? t.emptyManager : t.empty}</p>
        ) : (
          <DataTable
            caption={t.caption}
            labelledBy="rounds-list"
            minWidth="min-w-[40rem]"
            className="mt-3"
            columns={[{ label: t.columns.title }, { label: t.columns.status }, { label: t.columns.needs, align: 'right' }, { label: t.columns.voted, align: 'right' }]}
          >
            {rounds.map((round) => (
              <tr key={round.id} className={rowClass}>
                <th scope="row" className={`${cellClass} text-left font-normal`}>
                  <Link href={roundPath(locale, network.slug, round.id)} className="font-semibold text-brand-700 underline">
                    {round.title}
                  </Link>
                </th>
                <td className={cellClass}>
                  {round.isOpen ? (
                    <strong>{t.openUntil(formatStockholmInstant(round.closesAt, locale))}</strong>
                  ) : (
                    t.closedOn(formatStockholmInstant(round.closesAt, locale))
                  )}
                </td>
                <td className={`${cellClass} text-right tabular-nums`}>{formatNumber(round.needs, locale)}</td>
                <td className={`${lastCellClass} text-right tabular-nums`}>{formatNumber(round.organizationsVoted, locale)}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </div>
  );
}
