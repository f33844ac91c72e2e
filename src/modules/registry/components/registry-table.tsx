// One page of registry results as a table. It scrolls sideways on a narrow screen rather
// than squeezing its columns, and the scrolling area can be reached with the keyboard.
import type { Locale } from '@/i18n/locales';
import type { Messages } from '@/i18n/messages';
import { DataTable, NetworkLink, rowClass } from '@/ui/data-table';
import { formatNumber } from '@/ui/format';
import { StatusBadge } from '@/ui/status-badge';

import type { RegistryNetwork } from '../search';

export function RegistryTable({
  locale,
  messages,
  networks,
  caption,
}: {
  locale: Locale;
  messages: Messages;
  networks: RegistryNetwork[];
  caption: string;
}) {
  const t = messages.registry;
  const cell = 'py-3 pr-4';
  return (
    <DataTable
      caption={caption}
      minWidth="min-w-[46rem]"
      columns={[
        { label: t.columns.name },
        { label: t.columns.initiator },
        { label: t.columns.startYear },
        { label: t.columns.arranger },
        { label: t.columns.funders },
        { label: t.columns.status },
        { label: t.columns.members, align: 'right' },
      ]}
    >
      {networks.map((network) => (
        <tr key={network.slug} className={rowClass}>
          <th scope="row" className={`${cell} font-semibold`}>
            <NetworkLink locale={locale} slug={network.slug} name={network.name} />
          </th>
          <td className={cell}>{messages.enums.initiator[network.initiator]}</td>
          <td className={`${cell} tabular-nums`}>{network.startYear ?? t.unknownYear}</td>
          <td className={cell}>{network.arranger?.name ?? t.noArranger}</td>
          <td className={cell}>{network.funders.map((f) => f.name ?? t.membershipFees).join(', ')}</td>
          <td className={cell}>
            <StatusBadge status={network.status} label={messages.enums.status[network.status]} />
          </td>
          <td className="py-3 text-right tabular-nums">{formatNumber(network.memberCount, locale)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
