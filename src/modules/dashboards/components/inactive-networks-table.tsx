// Networks that have gone quiet, for agency staff to follow up: oldest activity first.
import Link from 'next/link';

import type { Locale } from '@/i18n/locales';
import type { Messages } from '@/i18n/messages';
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
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{t.inactiveCaption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-400 text-sm">
            <th scope="col" className="py-2 pr-4">
              {t.network}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t.status}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t.lastActivity}
            </th>
            <th scope="col" className="py-2 text-right">
              {t.memberOrganizations}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.slug} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-2 pr-4 font-semibold">
                <Link href={`/${locale}/networks/${row.slug}`} className="text-brand-700 underline underline-offset-2 hover:no-underline">
                  {row.name}
                </Link>
              </th>
              <td className="py-2 pr-4">
                <StatusBadge status={row.status} label={messages.enums.status[row.status]} />
              </td>
              <td className="py-2 pr-4 whitespace-nowrap">
                <time dateTime={row.lastActivityAt}>{formatDate(row.lastActivityAt, locale)}</time>
              </td>
              <td className="py-2 text-right tabular-nums">{formatNumber(row.memberOrganizationCount, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
