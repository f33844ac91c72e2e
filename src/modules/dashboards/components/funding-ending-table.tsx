// Funding periods that end within six months: which network, whose money, when it ends.
import Link from 'next/link';

import type { Locale } from '@/i18n/locales';
import type { Messages } from '@/i18n/messages';
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
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{t.fundingCaption}</caption>
        <thead>
          <tr className="border-b-2 border-slate-400 text-sm">
            <th scope="col" className="py-2 pr-4">
              {t.network}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t.funder}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t.fundingKind}
            </th>
            <th scope="col" className="py-2">
              {t.endDate}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.networkSlug}-${row.funderName ?? ''}-${row.kind}-${row.periodEnd}`} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-2 pr-4 font-semibold">
                <Link href={`/${locale}/networks/${row.networkSlug}`} className="text-brand-700 underline underline-offset-2 hover:no-underline">
                  {row.networkName}
                </Link>
              </th>
              <td className="py-2 pr-4">{row.funderName ?? t.membershipFees}</td>
              <td className="py-2 pr-4">{messages.enums.fundingKind[row.kind]}</td>
              <td className="py-2 whitespace-nowrap">
                <time dateTime={row.periodEnd}>{formatDate(row.periodEnd, locale)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
