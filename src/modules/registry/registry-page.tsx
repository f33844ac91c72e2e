import Link from 'next/link';

import type { Locale } from '@/i18n/locales';
import { getMessages, type Messages } from '@/i18n/messages';
import { StatusBadge } from '@/ui/status-badge';

import { listRegistryNetworks, ZRegistryCursor, type RegistryRow } from './queries';

function fundersText(row: RegistryRow, t: Messages['registry']): string {
  return row.funders.map((f) => f.name ?? t.membershipFees).join(', ');
}

export async function RegistryPage({ locale, searchParams }: { locale: Locale; searchParams: Record<string, string | string[] | undefined> }) {
  const messages = getMessages(locale);
  const t = messages.registry;
  const cursor = ZRegistryCursor.parse(searchParams.after);
  const page = await listRegistryNetworks(cursor);

  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold">{t.title}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t.lead}</p>
      </div>

      {page.rows.length === 0 ? (
        <p className="rounded border border-slate-300 bg-slate-50 p-4">{t.empty}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t.tableCaption}</caption>
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
              {page.rows.map((row) => (
                <tr key={row.slug} className="border-b border-slate-200 align-top">
                  <th scope="row" className="py-3 pr-4 font-semibold">
                    <Link href={`/${locale}/networks/${row.slug}`} className="text-brand-700 underline underline-offset-2 hover:no-underline">
                      {row.name}
                    </Link>
                  </th>
                  <td className="py-3 pr-4">{messages.enums.initiator[row.initiator]}</td>
                  <td className="py-3 pr-4">{row.startYear ?? t.unknownYear}</td>
                  <td className="py-3 pr-4">{row.arranger ?? t.noArranger}</td>
                  <td className="py-3 pr-4">{fundersText(row, t)}</td>
                  <td className="py-3 pr-4">
                    <StatusBadge status={row.status} label={messages.enums.status[row.status]} />
                  </td>
                  <td className="py-3 text-right tabular-nums">{row.memberCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {(!page.isFirstPage || page.nextCursor) && (
        <nav aria-label={t.pagination} className="flex gap-6">
          {!page.isFirstPage && (
            <Link href={`/${locale}/networks`} className="font-semibold text-brand-700 underline">
              {t.first}
            </Link>
          )}
          {page.nextCursor && (
            <Link href={`/${locale}/networks?after=${encodeURIComponent(page.nextCursor)}`} rel="next" className="font-semibold text-brand-700 underline">
              {t.next}
            </Link>
          )}
        </nav>
      )}
    </div>
  );
}
