// A bar chart that is also a table: every row names its category (a row header), gives the
// number and the share of the total as text, and draws that share as a bar. The bar only repeats figures
// already in the row, so it is hidden from assistive technology and needs no colour to read.
import { numberFormat } from '@/i18n/intl-formats';
import type { Locale } from '@/i18n/locales';
import type { Messages } from '@/i18n/messages';
import { formatNumber } from '@/ui/format';

import { sharesOf } from '../rules';

export type BarRow = { key: string; label: string; count: number };

export function BarTable({
  caption,
  categoryHeader,
  rows,
  total,
  locale,
  t,
}: {
  caption: string;
  categoryHeader: string;
  rows: BarRow[];
  total: number;
  locale: Locale;
  t: Pick<Messages['overview'], 'count' | 'share' | 'total'>;
}) {
  const shares = sharesOf(
    rows.map((row) => row.count),
    total,
  );
  const percent = numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <table className="w-full border-collapse text-left">
      <caption className="mb-2 text-left text-lg font-semibold">{caption}</caption>
      <thead>
        <tr className="border-b-2 border-slate-400 text-sm">
          <th scope="col" className="py-2 pr-4">
            {categoryHeader}
          </th>
          <th scope="col" className="py-2 pr-4 text-right">
            {t.count}
          </th>
          <th scope="col" className="w-2/5 py-2">
            {t.share}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={row.key} className="border-b border-slate-200">
            <th scope="row" className="py-2 pr-4 font-normal">
              {row.label}
            </th>
            <td className="py-2 pr-4 text-right tabular-nums">{formatNumber(row.count, locale)}</td>
            <td className="py-2">
              <div className="flex items-center gap-3">
                <span className="w-12 shrink-0 text-right text-sm tabular-nums">{percent.format(shares[index]! / 100)}</span>
                <span aria-hidden="true" className="h-4 flex-1 rounded-sm bg-slate-100">
                  {/* Drawn as the share of the total, so a tenth is a tenth of the bar's track. */}
                  <span className="block h-full rounded-sm bg-brand-600" style={{ width: `${total > 0 ? Math.min(100, (row.count / total) * 100) : 0}%` }} />
                </span>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="font-semibold">
          <th scope="row" className="py-2 pr-4">
            {t.total}
          </th>
          <td className="py-2 pr-4 text-right tabular-nums">{formatNumber(total, locale)}</td>
          <td className="py-2" />
        </tr>
      </tfoot>
    </table>
  );
}
