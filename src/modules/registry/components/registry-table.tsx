// One page of registry results as a table. It scrolls sideways on a narrow screen rather
// than squeezing its columns, and the scrolling area can be reached with the keyboard.
import Link from 'next/link';

import type { Locale } from '@/i18n/locales';
import type { Messages } from '@/i18n/messages';
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
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="overflow-x-auto">
      <table className="w-full min-w-[46rem] border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-400 text-sm">
            <th scope="col" className="py-2 pr-4">{t.columns.name}</th>
            <th scope="col" className="py-2 pr-4">{t.columns.initiator}</th>
            <th scope="col" className="py-2 pr-4">{t.columns.startYear}</th>
            <th scope="col" className="py-2 pr-4">{t.columns.arranger}</th>
            <th scope="col" className="py-2 pr-4">{t.columns.funders}</th>
            <th scope="col" className="py-2 pr-4">{t.columns.status}</th>
            <th scope="col" className="py-2 text-right">{t.columns.members}</th>
          </tr>
        </thead>
        <tbody>
          {networks.map((network) => (
            <tr key={network.slug} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-3 pr-4 font-semibold">
                <Link href={`/${locale}/networks/${network.slug}`} className="text-brand-700 underline underline-offset-2 hover:no-underline">
                  {network.name}
                </Link>
              </th>
              <td className="py-3 pr-4">{messages.enums.initiator[network.initiator]}</td>
              <td className="py-3 pr-4 tabular-nums">{network.startYear ?? t.unknownYear}</td>
              <td className="py-3 pr-4">{network.arranger?.name ?? t.noArranger}</td>
              <td className="py-3 pr-4">{network.funders.map((f) => f.name ?? t.membershipFees).join(', ')}</td>
              <td className="py-3 pr-4">
                <StatusBadge status={network.status} label={messages.enums.status[network.status]} />
              </td>
              <td className="py-3 text-right tabular-nums">{formatNumber(network.memberCount, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
