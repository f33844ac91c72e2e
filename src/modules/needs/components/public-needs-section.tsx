// The needs a network shows publicly, for its page: the newest few with their ladder step and
// status, and a link to the register. Participants also get a link to all of the network's
// needs, the ones it does not show publicly included (the register shows them those).
import Link from 'next/link';

import { contentLang, type Locale } from '@/i18n/locales';
import { getMessages } from '@/i18n/messages';
import { cellClass, DataTable, lastCellClass, rowClass } from '@/ui/data-table';

import { needPath, needsPath } from '../need-paths';
import { listPublicNeeds } from '../need-queries';

import { NeedStatusBadge } from './need-status-badge';

const SHOWN = 10;

export async function PublicNeedsSection({
  locale,
  networkId,
  slug,
  contentLocale,
  insider,
}: {
  locale: Locale;
  networkId: string;
  slug: string;
  /** The network's language, the language of its needs' titles. */
  contentLocale: Locale;
  insider: boolean;
}) {
  const messages = getMessages(locale);
  const t = messages.needs;
  const rows = await listPublicNeeds(networkId, SHOWN);
  return (
    <section className="space-y-3">
      <h2 id="public-needs" className="text-2xl font-semibold">
        {t.networkSection.heading}
      </h2>
      <p className="text-slate-700">{t.networkSection.lead}</p>
      {rows.length === 0 ? (
        <p>{t.networkSection.empty}</p>
      ) : (
        <DataTable
          caption={t.networkSection.caption}
          labelledBy="public-needs"
          minWidth="min-w-[32rem]"
          columns={[{ label: t.columns.title }, { label: t.columns.step }, { label: t.columns.status }]}
        >
          {rows.map((need) => (
            <tr key={need.id} className={rowClass}>
              <th scope="row" className={`${cellClass} text-left font-normal`}>
                <Link href={needPath(locale, slug, need.id)} className="font-semibold text-brand-700 underline" lang={contentLang(contentLocale, locale)}>
                  {need.title}
                </Link>
              </th>
              <td className={cellClass}>{need.ladderStep ? messages.needEnums.step[need.ladderStep] : t.notAssessed}</td>
              <td className={lastCellClass}>
                <NeedStatusBadge status={need.status} locale={locale} />
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <p className="flex flex-wrap gap-x-6 gap-y-2">
        {insider ? (
          <Link href={needsPath(locale, slug)} className="font-semibold text-brand-700 underline">
            {t.networkSection.allNeeds}
          </Link>
        ) : (
          <Link href={needsPath(locale, slug)} className="text-brand-700 underline">
            {t.networkSection.allPublic}
          </Link>
        )}
      </p>
    </section>
  );
}
