// Networks that have gone quiet, for agency staff to follow up: oldest activity first.
import type { Locale } from '@/i18n/locales';
import type { Messages } from '@/i18n/messages';
import { cellClass, DataTable, lastCellClass, NetworkLink, rowClass } from '@/ui/data-table';
import { formatDate, formatNumber } from '@/ui/format';
import { StatusBadge } from '@/ui/status-badge';

import type { InactiveNetwork } from '../overview-queries';

export function InactiveNetworksTable({
  rows,
  locale,
  messages,
}: {
  rows: InactiveNetwork[];
  locale: Locale;
  messages: Pick<Messages, 'overview' | 'enums'>;
}) {
  const t = messages.overview;
  return (
    <DataTable
      caption={t.inactiveCaption}
      columns={[{ label: t.network }, { label: t.status }, { label: t.lastActivity }, { label: t.memberOrganizations, align: 'right' }]}
    >
      {rows.map((row) => (
        <tr key={row.slug} className={rowClass}>
          <th scope="row" className={`${cellClass} font-semibold`}>
            <NetworkLink locale={locale} slug={row.slug} name={row.name} />
          </th>
          <td className={cellClass}>
            <StatusBadge status={row.status} label={messages.enums.status[row.status]} />
          </td>
          <td className={`${cellClass} whitespace-nowrap`}>
            <time dateTime={row.lastActivityAt}>{formatDate(row.lastActivityAt, locale)}</time>
          </td>
          <td className={`${lastCellClass} text-right tabular-nums`}>{formatNumber(row.memberOrganizationCount, locale)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
