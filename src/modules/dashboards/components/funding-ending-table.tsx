// Funding periods that end within six months: which network, whose money, when it ends.
import type { Locale } from '@/i18n/locales';
import type { Messages } from '@/i18n/messages';
import { cellClass, DataTable, lastCellClass, NetworkLink, rowClass } from '@/ui/data-table';
import { formatDate } from '@/ui/format';

import type { FundingEnding } from '../overview-queries';

export function FundingEndingTable({
  rows,
  locale,
  messages,
}: {
  rows: FundingEnding[];
  locale: Locale;
  messages: Pick<Messages, 'overview' | 'enums'>;
}) {
  const t = messages.overview;
  return (
    <DataTable caption={t.fundingCaption} columns={[{ label: t.network }, { label: t.funder }, { label: t.fundingKind }, { label: t.endDate }]}>
      {rows.map((row) => (
        <tr key={`${row.networkSlug}-${row.funderName ?? ''}-${row.kind}-${row.periodEnd}`} className={rowClass}>
          <th scope="row" className={`${cellClass} font-semibold`}>
            <NetworkLink locale={locale} slug={row.networkSlug} name={row.networkName} />
          </th>
          <td className={cellClass}>{row.funderName ?? (row.kind === 'MEMBERSHIP_FEES' ? t.membershipFees : messages.enums.fundingKind[row.kind])}</td>
          <td className={cellClass}>{messages.enums.fundingKind[row.kind]}</td>
          <td className={`${lastCellClass} whitespace-nowrap`}>
            <time dateTime={row.periodEnd}>{formatDate(row.periodEnd, locale)}</time>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
